-- The photo day's and bus day's marks reach the hub (issue #12, README "The hub"). Marks on sign-ups and ride
-- bookings go up with them (no new columns); a walk-in number goes up as a row of its own, named by a public id
-- (filled for the rows there are by db/vendor/{vendor}/V98_1). Portable SQL, as V82.

ALTER TABLE photo_walk_in ADD COLUMN public_id UUID;
-- Hub: the site whose kiosk took the number, and that kiosk's outbox number of the state held (empty on a kiosk)
ALTER TABLE photo_walk_in ADD COLUMN site_id VARCHAR(60);
ALTER TABLE photo_walk_in ADD COLUMN sync_version BIGINT;
