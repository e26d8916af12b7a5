-- Exactly-once paper (DESIGN.md §4): a slip moves QUEUED -> SENDING -> PRINTED, and a crash at any point leaves it
-- in a state that says what may have happened. INCOMPLETE: cut off while sending (bytes_sent of bytes_total went
-- out, or unknown after a power cut); never sent again by itself. HELD: the resident's screen said this slip would
-- not come, so it waits for staff rather than printing later behind the resident's back.
ALTER TABLE print_job DROP CONSTRAINT print_job_status_known;
UPDATE print_job SET status = 'PRINTED' WHERE status = 'DONE';
UPDATE print_job SET status = 'INCOMPLETE' WHERE status = 'FAILED' AND last_error LIKE 'interrupted by a restart%';
ALTER TABLE print_job ADD COLUMN bytes_total INT;
ALTER TABLE print_job ADD COLUMN bytes_sent INT;
-- a screen told the resident while the worker was trying the printer: if the printer refuses, the job is HELD
ALTER TABLE print_job ADD COLUMN hold_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE print_job ADD CONSTRAINT print_job_status_known
    CHECK (status IN ('QUEUED', 'SENDING', 'PRINTED', 'INCOMPLETE', 'HELD', 'FAILED'));
