-- Rides across the hub (README "The hub", DESIGN.md §8): rides and stops flow down like events, ride bookings flow
-- up like sign-ups, and a ride's seats and wheelchair places are held by sites in escrow like a slot's places.
-- Portable SQL, as V82.

-- Hub: one table of grants for every kind of pool a site holds places of: a slot's places (SLOT), a ride's seats
-- (RIDE_SEATS), its wheelchair places (RIDE_WHEELCHAIR). pool is the slot's or the ride's public id. It replaces
-- hub_grant, whose rows it takes over.
CREATE TABLE escrow_grant (
    kind     VARCHAR(20) NOT NULL,
    pool     UUID        NOT NULL,
    site_id  VARCHAR(60) NOT NULL REFERENCES hub_site (id),
    granted  INT         NOT NULL,
    returned INT         NOT NULL,
    wanted   INT         DEFAULT 0 NOT NULL,
    PRIMARY KEY (kind, pool, site_id),
    CONSTRAINT escrow_grant_returns_only_granted CHECK (returned >= 0 AND returned <= granted)
);
INSERT INTO escrow_grant (kind, pool, site_id, granted, returned, wanted)
SELECT 'SLOT', s.public_id, g.site_id, g.granted, g.returned, g.wanted
FROM hub_grant g JOIN signup_slot s ON s.id = g.slot_id;
DROP TABLE hub_grant;

-- Kiosk: a ride that came down from the hub is read-only here. Its seats and wheelchair places are what the hub
-- granted minus what this kiosk gave back (as a hub slot's capacity, V82); *_hub_free: what the hub still had at the
-- last contact. closed: the hub no longer offers the ride here (no new bookings; what was booked stays).
-- Hub: seats_booked and wheelchair_booked count the places granted to sites, so the CHECKs are the pools.
ALTER TABLE ride ADD COLUMN from_hub BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ride ADD COLUMN closed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ride ADD COLUMN seats_granted INT DEFAULT 0 NOT NULL;
ALTER TABLE ride ADD COLUMN seats_returned INT DEFAULT 0 NOT NULL;
ALTER TABLE ride ADD COLUMN seats_hub_free INT DEFAULT 0 NOT NULL;
ALTER TABLE ride ADD COLUMN wheelchair_granted INT DEFAULT 0 NOT NULL;
ALTER TABLE ride ADD COLUMN wheelchair_returned INT DEFAULT 0 NOT NULL;
ALTER TABLE ride ADD COLUMN wheelchair_hub_free INT DEFAULT 0 NOT NULL;

-- Hub: the sites whose kiosks offer a ride on its own (a ride to an event is offered where its event is).
CREATE TABLE hub_ride_site (
    ride_id BIGINT      NOT NULL REFERENCES ride (id),
    site_id VARCHAR(60) NOT NULL REFERENCES hub_site (id),
    PRIMARY KEY (ride_id, site_id)
);

-- Hub, a ride booking that came up from a kiosk: the kiosk's outbox number of the state last stored (as signup).
ALTER TABLE ride_booking ADD COLUMN sync_version BIGINT;
