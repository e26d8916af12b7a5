-- The funders' report (issue #12): the languages residents used stay as counts after the retention purge, as the
-- other figures do. Each kept row is now per language too; rows kept before this have '' (not known).
ALTER TABLE signup_count ADD COLUMN language VARCHAR(2) DEFAULT '' NOT NULL;
ALTER TABLE ride_count ADD COLUMN language VARCHAR(2) DEFAULT '' NOT NULL;
