-- Kiosk: a form that came down from the hub is read-only here; its published version is the hub's (README "The hub").
ALTER TABLE form ADD COLUMN from_hub BOOLEAN DEFAULT FALSE NOT NULL;
