package fi.palvelupiste.kiosk.audit;

/**
 * Who did something: the kiosk itself (a resident at the touchscreen, who is never named) or a staff member by
 * username. What staff do with personal data is audited; what the kiosk does for a resident is not.
 */
public sealed interface Actor {

    /** The kiosk itself, on a resident's behalf. */
    Actor KIOSK = new Kiosk();

    static Actor staff(String username) {
        return new Staff(username);
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
