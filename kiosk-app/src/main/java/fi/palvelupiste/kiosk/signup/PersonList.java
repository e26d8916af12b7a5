package fi.palvelupiste.kiosk.signup;

/** The personal lists coordinators can view, print and export; every access is audited. */
public enum PersonList {
    /** Slot, name, phone: for the photographer (or whoever runs the slots). */
    SLOTS,
    /** Name, phone, needs: for the bus driver and the helpers. */
    PARTICIPANTS,
    /** The waitlist in order, with phones. */
    WAITLIST,
    /** Who got a place from the waitlist, with phones to call them (no SMS is sent). */
    PROMOTED;

    public String messageKey() {
        return "signup.list." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
