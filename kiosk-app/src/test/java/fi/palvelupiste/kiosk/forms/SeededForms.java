package fi.palvelupiste.kiosk.forms;

import java.util.UUID;

/** The public ids of the forms V41__forms_seed.sql ships. */
public final class SeededForms {

    public static final UUID POWER_OF_ATTORNEY = UUID.fromString("5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0001");
    public static final UUID POLICE_CHECKLIST = UUID.fromString("5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0002");
    public static final UUID PHOTOGRAPHER_SLIP = UUID.fromString("5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0003");
    public static final UUID DIGITAL_SUPPORT = UUID.fromString("5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0004");

    private SeededForms() {
    }
}
