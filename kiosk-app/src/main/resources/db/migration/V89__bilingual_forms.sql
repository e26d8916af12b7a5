-- Forms printed in two languages (issue #13): a version may print the Finnish text line by line beside the
-- resident's language, where that language has a translation (FormSlip). A setting of the version, not of the
-- form, so that turning it on reaches residents only when published, after the bilingual slips passed the checks.
ALTER TABLE form_version ADD COLUMN print_with_finnish BOOLEAN DEFAULT FALSE NOT NULL;

-- On for the power of attorney and the police checklist: an official reads the Finnish, the resident their own.
UPDATE form_version SET print_with_finnish = TRUE
WHERE public_id IN ('9b3c1d2e-4f5a-4b6c-8d7e-000000000001', '9b3c1d2e-4f5a-4b6c-8d7e-000000000002');
