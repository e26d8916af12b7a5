-- The public ids of the walk-in numbers there are (V98), with this database's UUID function. A kiosk's numbers stay
-- unique per event (V94); only the hub, on PostgreSQL, holds copies from several kiosks (db/vendor/postgresql).
UPDATE photo_walk_in SET public_id = RANDOM_UUID() WHERE public_id IS NULL;
ALTER TABLE photo_walk_in ALTER COLUMN public_id SET NOT NULL;
ALTER TABLE photo_walk_in ADD CONSTRAINT photo_walk_in_public_id UNIQUE (public_id);
