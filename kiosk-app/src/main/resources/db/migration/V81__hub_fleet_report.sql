-- What a kiosk reports with each contact, for the hub's fleet view: its printer's state and how many people wait in
-- its queues (no personal data).
ALTER TABLE hub_device ADD COLUMN printer_state VARCHAR(20);
ALTER TABLE hub_device ADD COLUMN people_waiting INT;
