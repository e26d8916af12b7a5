-- What a print job holds and what it belongs to, set by the code that prints it (not guessed from its name):
-- personal_data = names or phones of residents (an event's lists, a driver's manifest): only coordinators may see
-- or reprint it; belongs_to = 'event:<id>' or 'ride:<id>', so retention deletes every copy, reprints included.
ALTER TABLE print_job ADD COLUMN personal_data BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE print_job ADD COLUMN belongs_to VARCHAR(40);
CREATE INDEX print_job_by_owner ON print_job (belongs_to);

-- jobs printed before this version: lists and manifests by their names, slips by their links
UPDATE print_job SET personal_data = TRUE,
       belongs_to = 'event:' || SUBSTRING(name FROM 13 FOR POSITION('-' IN SUBSTRING(name FROM 13)) - 1)
WHERE name LIKE 'signup-list-%';
UPDATE print_job SET personal_data = TRUE, belongs_to = 'ride:' || SUBSTRING(name FROM 15)
WHERE name LIKE 'ride-manifest-%';
UPDATE print_job SET belongs_to = (
    SELECT MIN('event:' || CAST(s.event_id AS VARCHAR(20))) FROM signup_slip p JOIN signup s ON s.id = p.signup_id
    WHERE p.print_job_id = print_job.id)
WHERE belongs_to IS NULL AND id IN (SELECT print_job_id FROM signup_slip);
UPDATE print_job SET belongs_to = (
    SELECT MIN('ride:' || CAST(b.ride_id AS VARCHAR(20))) FROM ride_slip p JOIN ride_booking b ON b.id = p.booking_id
    WHERE p.print_job_id = print_job.id)
WHERE belongs_to IS NULL AND id IN (SELECT print_job_id FROM ride_slip);
