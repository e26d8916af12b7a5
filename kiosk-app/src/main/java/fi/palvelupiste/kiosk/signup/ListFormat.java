package fi.palvelupiste.kiosk.signup;

/** How a personal list left the kiosk: for the audit log. */
public enum ListFormat {
    SCREEN, A4, THERMAL, CSV
}
