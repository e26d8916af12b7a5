-- A coordinator takes a stop off a ride's route (issue #12). A stop no booking ever used is deleted; one that only
-- cancelled bookings used stays for them (their slips and the counts per stop name it), marked removed and out of
-- the route's positions, so no booking is ever left without its stop.
ALTER TABLE ride_stop ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
