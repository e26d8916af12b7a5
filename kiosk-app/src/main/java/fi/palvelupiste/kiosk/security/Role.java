package fi.palvelupiste.kiosk.security;

import java.util.EnumSet;
import java.util.Set;

/** What a logged-in person may do. Each role includes the ones below it: an admin can also run the queue. */
public enum Role {
    /** Library staff: queues, reprints, printer status. */
    STAFF,
    /** Campaign coordinator: events, slots, rides, forms, lists. */
    COORDINATOR,
    /** Users, services and kiosk settings. */
    ADMIN;

    public static final String STAFF_ROLE = "STAFF";
    public static final String COORDINATOR_ROLE = "COORDINATOR";
    public static final String ADMIN_ROLE = "ADMIN";

    /** This role and every role it includes. */
    public Set<Role> withIncluded() {
        return EnumSet.range(STAFF, this);
    }
}
