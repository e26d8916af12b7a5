-- Queue day statistics and form print counts go up to the hub (README "The hub", DESIGN.md §8), as sign-ups and ride
-- bookings do: each row gets a stable public id (filled for the rows there are by db/vendor/{vendor}/V92_1, as
-- H2 and PostgreSQL name their UUID function differently), and the hub keeps every site's copies in tables of its own.
-- No personal data. Portable SQL, as V82.

-- Kiosk: a row's public id stays when its day is counted again, so the hub replaces its copy.
ALTER TABLE queue_day_stats ADD COLUMN public_id UUID;
ALTER TABLE form_print_count ADD COLUMN public_id UUID;

-- Hub: a site's queue day as its kiosk last counted it; sync_version is the kiosk's outbox number of that count.
-- queue_prefix and queue_name are the kiosk's own: queues are a kiosk's, not the hub's.
CREATE TABLE site_queue_day (
    public_id           UUID         PRIMARY KEY,
    site_id             VARCHAR(60)  NOT NULL REFERENCES hub_site (id),
    service_day         DATE         NOT NULL,
    queue_prefix        VARCHAR(10)  NOT NULL,
    queue_name          VARCHAR(200) NOT NULL,
    tickets             INT          NOT NULL,
    served              INT          NOT NULL,
    no_shows            INT          NOT NULL,
    priority_tickets    INT          NOT NULL,
    avg_wait_seconds    INT,
    avg_service_seconds INT,
    -- tickets taken in each hour 0..23, comma-separated (as queue_day_stats)
    tickets_per_hour    VARCHAR(200) NOT NULL,
    sync_version        BIGINT       NOT NULL,
    CONSTRAINT site_queue_day_counts CHECK (tickets >= 0 AND served >= 0 AND no_shows >= 0 AND priority_tickets >= 0)
);
CREATE INDEX site_queue_day_by_day ON site_queue_day (service_day);

-- Hub: a site's prints of a form on a day in a language. form_id is the form's public id and has no reference: a
-- form a kiosk made itself is not on the hub, so its code and title come with the count.
CREATE TABLE site_form_prints (
    public_id    UUID         PRIMARY KEY,
    site_id      VARCHAR(60)  NOT NULL REFERENCES hub_site (id),
    form_id      UUID         NOT NULL,
    form_code    VARCHAR(40)  NOT NULL,
    form_title   VARCHAR(200) NOT NULL,
    print_day    DATE         NOT NULL,
    language     VARCHAR(2)   NOT NULL,
    prints       INT          NOT NULL,
    sync_version BIGINT       NOT NULL,
    CONSTRAINT site_form_prints_counts CHECK (prints >= 0)
);
CREATE INDEX site_form_prints_by_day ON site_form_prints (print_day);
