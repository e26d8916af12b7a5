-- Seed: the Kuopio permit trip's chartered bus with three village stops and a wheelchair taxi, and a standalone
-- weekly service-transport ride (asiointiliikenne). Coordinators edit or replace them at /admin/rides.
INSERT INTO ride (public_id, site_id, event_id, ride_date, name_fi, name_sv, name_en, destination, vehicle, seats,
                  wheelchair_places, returns_at, operator_name, contact_phone, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000001', 'local', id, event_date, 'Tilausbussi Kuopioon',
       'Beställningsbuss till Kuopio', 'Chartered bus to Kuopio', 'Poliisin lupapiste, Kuopio', 'BUS', 40, 0,
       TIME '15:00:00', 'Tervon Liikenne Oy', '044 765 4321', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02';
INSERT INTO ride (public_id, site_id, event_id, ride_date, name_fi, name_sv, name_en, destination, vehicle, seats,
                  wheelchair_places, returns_at, operator_name, contact_phone, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000002', 'local', id, event_date, 'Invataksi Kuopioon',
       'Invataxi till Kuopio', 'Wheelchair taxi to Kuopio', 'Poliisin lupapiste, Kuopio', 'WHEELCHAIR_TAXI', 2, 1,
       TIME '15:00:00', 'Tervon Invataksi', '044 222 3344', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM signup_event WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02';
INSERT INTO ride (public_id, site_id, event_id, ride_date, name_fi, name_sv, name_en, destination, vehicle, seats,
                  wheelchair_places, returns_at, operator_name, contact_phone, created_at, updated_at)
VALUES ('8b3e2f40-0000-4000-8000-000000000003', 'local', NULL, DATE '2026-12-03', 'Asiointiliikenne Tervo–Karttula',
        'Servicetrafik Tervo–Karttula', 'Service transport Tervo–Karttula', 'Karttulan keskusta: kauppa, apteekki, pankki',
        'SERVICE_MINIBUS', 8, 1, TIME '13:00:00', 'Tervon kunta, asiointiliikenne', '044 123 4567',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000101', 'local', id, 1, 'Tervo kirkonkylä', 'Kylätalon piha', TIME '07:40:00',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ride WHERE public_id = '8b3e2f40-0000-4000-8000-000000000001';
INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000102', 'local', id, 2, 'Kuuslahti', 'Kylätalon piha', TIME '08:00:00',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ride WHERE public_id = '8b3e2f40-0000-4000-8000-000000000001';
INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000103', 'local', id, 3, 'Karttula', 'Koulun pysäkki', TIME '08:15:00',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ride WHERE public_id = '8b3e2f40-0000-4000-8000-000000000001';
INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000201', 'local', id, 1, 'Tervo kirkonkylä', 'Kotiovelta, kuljettaja soittaa',
       TIME '07:30:00', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ride WHERE public_id = '8b3e2f40-0000-4000-8000-000000000002';
INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000301', 'local', id, 1, 'Tervo kirkonkylä', 'Kylätalon piha', TIME '09:00:00',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ride WHERE public_id = '8b3e2f40-0000-4000-8000-000000000003';
INSERT INTO ride_stop (public_id, site_id, ride_id, position, village, pickup_point, pickup_at, created_at, updated_at)
SELECT '8b3e2f40-0000-4000-8000-000000000302', 'local', id, 2, 'Kuuslahti', 'Kaupan pysäkki', TIME '09:20:00',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ride WHERE public_id = '8b3e2f40-0000-4000-8000-000000000003';
