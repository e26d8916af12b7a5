-- Kiosk: records the hub refused to store (an event or time it no longer has, e.g. after a restore from an old
-- backup): kept here and out of the outbox, so that what follows still goes up; the kiosk's admin page and the hub's
-- fleet show how many. The records themselves stay in their tables on the kiosk.
CREATE TABLE sync_refused (
    kind       VARCHAR(20)              NOT NULL,
    public_id  UUID                     NOT NULL,
    refused_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, public_id)
);

-- Hub: how many records a kiosk has had refused, as it reported at its last contact.
ALTER TABLE hub_device ADD COLUMN refused_records INT;
