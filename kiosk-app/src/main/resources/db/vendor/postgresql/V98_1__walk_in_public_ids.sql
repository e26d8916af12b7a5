-- The public ids of the walk-in numbers there are (V98), with this database's UUID function.
UPDATE photo_walk_in SET public_id = gen_random_uuid() WHERE public_id IS NULL;
ALTER TABLE photo_walk_in ALTER COLUMN public_id SET NOT NULL;
ALTER TABLE photo_walk_in ADD CONSTRAINT photo_walk_in_public_id UNIQUE (public_id);
-- The hub holds the numbers of every kiosk at the event, each counting from 1: a number is unique among those taken
-- on this node (sync_version empty), as on a kiosk; the kiosks' copies are told apart by their public ids.
ALTER TABLE photo_walk_in DROP CONSTRAINT photo_walk_in_number_once;
CREATE UNIQUE INDEX photo_walk_in_number_once ON photo_walk_in (event_id, number) WHERE sync_version IS NULL;
