package fi.palvelupiste.kiosk.signup;

public enum SignupStatus {
    CONFIRMED,
    /** Waiting for a place; moved to CONFIRMED automatically when one frees up. */
    WAITLISTED,
    CANCELLED
}
