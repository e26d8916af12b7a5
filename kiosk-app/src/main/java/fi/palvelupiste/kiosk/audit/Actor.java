package fi.palvelupiste.kiosk.audit;

/**
 * Who did something: the kiosk itself (a resident at the touchscreen, who is never named; or one of its devices,
 * such as a desk's call-next button) or a staff member by username. What staff do with personal data is audited; what the kiosk does for a resident is not.
 */
public sealed interface Actor {

    /** The kiosk itself, on a resident's behalf. */
    Actor KIOSK = new Kiosk();

    static Actor staff(String username) {
        return new Staff(username);
    }

    /** One of the kiosk's own devices, e.g. "call-next button". */
    static Actor device(String name) {
        return new Device(name);
    }

    /** The name written in the audit log and on print jobs: "kiosk" or the username. */
    String name();

    /** Whether this is a staff member, whose looks at personal data are audited. */
    default boolean audited() {
        return this instanceof Staff;
    }

    record Kiosk() implements Actor {
        @Override
        public String name() {
            return "kiosk";
        }
    }

    record Device(String name) implements Actor {
    }

    record Staff(String username) implements Actor {

        public Staff {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("a staff member has a username");
            }
            username = username.strip();
        }

        @Override
        public String name() {
            return username;
        }
    }
}
