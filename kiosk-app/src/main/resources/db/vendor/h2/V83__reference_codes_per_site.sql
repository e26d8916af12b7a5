-- A kiosk makes its own reference codes and keeps them unique across its sign-ups (V20), so nothing changes here.
-- On the hub they are unique per site (db/vendor/postgresql).
SELECT 1;
