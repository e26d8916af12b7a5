-- The public ids of the statistics rows there are (V92), with this database's UUID function.
UPDATE queue_day_stats SET public_id = gen_random_uuid() WHERE public_id IS NULL;
UPDATE form_print_count SET public_id = gen_random_uuid() WHERE public_id IS NULL;
ALTER TABLE queue_day_stats ALTER COLUMN public_id SET NOT NULL;
ALTER TABLE form_print_count ALTER COLUMN public_id SET NOT NULL;
ALTER TABLE queue_day_stats ADD CONSTRAINT queue_day_stats_public_id UNIQUE (public_id);
ALTER TABLE form_print_count ADD CONSTRAINT form_print_count_public_id UNIQUE (public_id);
