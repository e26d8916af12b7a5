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

    /**
     * The lists an event has: a photo day (slots) the photographer's; a bus trip (seats) the bus list; both their
     * waitlists. A photo day offers no bus list: its bus is an event of its own, with its own lists.
     */
    public static java.util.List<PersonList> of(BookingUnit unit) {
        return unit == BookingUnit.SLOTS ? java.util.List.of(SLOTS, WAITLIST, PROMOTED)
                : java.util.List.of(PARTICIPANTS, WAITLIST, PROMOTED);
    }

    public String messageKey() {
        return "signup.list." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
