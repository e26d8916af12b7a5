-- Seed: the three kinds of events, and one of each with open sign-up (dates after 2026-11-24), so a fresh kiosk
-- shows the whole campaign: a photo day in a village hall, the bus to the police permit office linked to it, and
-- a bank day at the library. Coordinators edit or replace them at /admin/events.
INSERT INTO signup_kind (code, name_fi, name_sv, name_en, booking_unit, asks_application_help, asks_wheelchair,
                         asks_interpreter, links_to_kind, sort_order)
VALUES ('PHOTO_DAY', 'Valokuvauspäivä', 'Fotodag', 'Photo day', 'SLOTS', TRUE, TRUE, TRUE, NULL, 1);
INSERT INTO signup_kind (code, name_fi, name_sv, name_en, booking_unit, asks_application_help, asks_wheelchair,
                         asks_interpreter, links_to_kind, sort_order)
VALUES ('PERMIT_TRIP', 'Kyyti lupapisteelle', 'Skjuts till tillståndstjänsten', 'Ride to the permit office', 'SEATS',
        FALSE, TRUE, TRUE, 'PHOTO_DAY', 2);
INSERT INTO signup_kind (code, name_fi, name_sv, name_en, booking_unit, asks_application_help, asks_wheelchair,
                         asks_interpreter, links_to_kind, sort_order)
VALUES ('DIGITAL_SUPPORT', 'Digitukipäivä', 'Digistödsdag', 'Digital support day', 'SLOTS', FALSE, TRUE, TRUE, NULL, 3);

INSERT INTO signup_event (public_id, site_id, kind, title_fi, title_sv, title_en, place, address, municipality,
                          event_date, description_fi, description_sv, description_en, bring_fi, bring_sv, bring_en,
                          price_fi, price_sv, price_en, organiser_phone, signup_opens_at, signup_closes_at,
                          created_at, updated_at)
VALUES ('6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01', 'local', 'PHOTO_DAY',
        'Passikuva henkilökorttia varten', 'Passfoto för identitetskort', 'Passport photo for an ID card',
        'Kylätalo, Tervo', 'Kylätie 5, Tervo', 'Tervo', DATE '2027-01-14',
        'Valokuvaaja ottaa passikuvan ja lähettää sen poliisille. Saat apua myös sähköiseen hakemukseen.',
        'Fotografen tar ett passfoto och skickar det till polisen. Du får också hjälp med den elektroniska ansökan.',
        'A photographer takes your passport photo and sends it to the police. You can also get help with the online application.',
        'Vanha henkilökortti tai passi, jos sinulla on. Puhelin, jos sinulla on.',
        'Gammalt identitetskort eller pass, om du har. Telefon, om du har.',
        'Your old ID card or passport, if you have one. Your phone, if you have one.',
        'Kuva maksetaan valokuvaajalle, 15 €', 'Fotot betalas till fotografen, 15 €', 'You pay the photographer for the photo, 15 €',
        '044 123 4567', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+02:00',
        TIMESTAMP WITH TIME ZONE '2027-01-13 16:00:00+02:00', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO signup_event (public_id, site_id, kind, title_fi, title_sv, title_en, place, address, municipality,
                          event_date, description_fi, description_sv, description_en, bring_fi, bring_sv, bring_en,
                          price_fi, price_sv, price_en, organiser_phone, signup_opens_at, signup_closes_at,
                          departs_at, returns_at, linked_event_id, created_at, updated_at)
SELECT '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02', 'local', 'PERMIT_TRIP',
       'Bussi poliisin lupapisteelle Kuopioon', 'Buss till polisens tillståndstjänst i Kuopio',
       'Bus to the police permit office in Kuopio',
       'Poliisin lupapiste, Kuopio', 'Lähtö kunnantalon pihasta, Kylätie 1, Tervo', 'Tervo', DATE '2027-02-11',
       'Yhteinen bussi vie hakemaan henkilökortin. Mukana on avustajia.',
       'En gemensam buss tar dig till polisen för att ansöka om identitetskortet. Hjälpare följer med.',
       'A shared bus takes you to the police to apply for your ID card. Helpers come along.',
       'Tekstiviestillä tullut koodi tai valokuvaajan lappu, rahaa lupamaksuun. Eväät tarjotaan.',
       'Koden du fått per sms eller fotografens lapp, pengar för avgiften. Matsäck bjuds.',
       'The code you got by text message or the photographer''s note, money for the permit fee. Snacks are provided.',
       'Kyyti on maksuton. Henkilökortin hinta maksetaan poliisille.', 'Skjutsen är gratis. Identitetskortet betalas till polisen.',
       'The ride is free. You pay the police for the ID card.',
       '044 123 4567', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+02:00',
       TIMESTAMP WITH TIME ZONE '2027-02-09 16:00:00+02:00', TIME '08:30:00', TIME '15:00:00', id,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';

INSERT INTO signup_event (public_id, site_id, kind, title_fi, title_sv, title_en, place, address, municipality,
                          event_date, description_fi, description_sv, description_en, bring_fi, bring_sv, bring_en,
                          price_fi, price_sv, price_en, organiser_phone, signup_opens_at, signup_closes_at,
                          created_at, updated_at)
VALUES ('6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03', 'local', 'DIGITAL_SUPPORT',
        'Pankkipäivä: pankkitunnukset ja verkkopankki', 'Bankdag: bankkoder och nätbank', 'Bank day: online banking credentials',
        'Tervon kirjasto', 'Kirjastotie 2, Tervo', 'Tervo', DATE '2027-01-20',
        'Pankin asiantuntija neuvoo pankkitunnusten ja verkkopankin käytössä.',
        'Bankens expert hjälper dig med bankkoder och nätbanken.',
        'An expert from the bank helps you with online banking credentials and the online bank.',
        'Henkilökortti tai passi, pankkikortti, puhelin.', 'Identitetskort eller pass, bankkort, telefon.',
        'ID card or passport, bank card, phone.',
        'Maksuton', 'Gratis', 'Free of charge',
        '044 123 4567', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+02:00',
        TIMESTAMP WITH TIME ZONE '2027-01-19 16:00:00+02:00', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- the photo day: every 10 minutes 10.00-15.00, 2 people each
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000101', 'local', id, TIME '10:00:00', TIME '10:10:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000102', 'local', id, TIME '10:10:00', TIME '10:20:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000103', 'local', id, TIME '10:20:00', TIME '10:30:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000104', 'local', id, TIME '10:30:00', TIME '10:40:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000105', 'local', id, TIME '10:40:00', TIME '10:50:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000106', 'local', id, TIME '10:50:00', TIME '11:00:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000107', 'local', id, TIME '11:00:00', TIME '11:10:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000108', 'local', id, TIME '11:10:00', TIME '11:20:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000109', 'local', id, TIME '11:20:00', TIME '11:30:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000110', 'local', id, TIME '11:30:00', TIME '11:40:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000111', 'local', id, TIME '11:40:00', TIME '11:50:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000112', 'local', id, TIME '11:50:00', TIME '12:00:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000113', 'local', id, TIME '12:00:00', TIME '12:10:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000114', 'local', id, TIME '12:10:00', TIME '12:20:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000115', 'local', id, TIME '12:20:00', TIME '12:30:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000116', 'local', id, TIME '12:30:00', TIME '12:40:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000117', 'local', id, TIME '12:40:00', TIME '12:50:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000118', 'local', id, TIME '12:50:00', TIME '13:00:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000119', 'local', id, TIME '13:00:00', TIME '13:10:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000120', 'local', id, TIME '13:10:00', TIME '13:20:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000121', 'local', id, TIME '13:20:00', TIME '13:30:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000122', 'local', id, TIME '13:30:00', TIME '13:40:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000123', 'local', id, TIME '13:40:00', TIME '13:50:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000124', 'local', id, TIME '13:50:00', TIME '14:00:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000125', 'local', id, TIME '14:00:00', TIME '14:10:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000126', 'local', id, TIME '14:10:00', TIME '14:20:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000127', 'local', id, TIME '14:20:00', TIME '14:30:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000128', 'local', id, TIME '14:30:00', TIME '14:40:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000129', 'local', id, TIME '14:40:00', TIME '14:50:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000130', 'local', id, TIME '14:50:00', TIME '15:00:00', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';

-- the bus: one departure, 40 seats
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000201', 'local', id, TIME '08:30:00', TIME '15:00:00', 40, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02';

-- the bank day: every 30 minutes 12.00-15.00, 3 people each
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000301', 'local', id, TIME '12:00:00', TIME '12:30:00', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000302', 'local', id, TIME '12:30:00', TIME '13:00:00', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000303', 'local', id, TIME '13:00:00', TIME '13:30:00', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000304', 'local', id, TIME '13:30:00', TIME '14:00:00', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000305', 'local', id, TIME '14:00:00', TIME '14:30:00', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';
INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, created_at, updated_at)
SELECT '7a2d1e3f-0000-4000-8000-000000000306', 'local', id, TIME '14:30:00', TIME '15:00:00', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';
