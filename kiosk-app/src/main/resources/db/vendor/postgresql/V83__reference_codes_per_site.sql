-- The hub holds the sign-ups of every site, and two kiosks may make the same reference code while offline: a code is
-- unique per site. (A kiosk, on H2, keeps codes unique across its table, see db/vendor/h2.)
ALTER TABLE signup DROP CONSTRAINT signup_reference_code_key;
ALTER TABLE signup ADD CONSTRAINT signup_reference_code_per_site UNIQUE (site_id, reference_code);
