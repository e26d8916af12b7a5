package fi.palvelupiste.kiosk.security;

import java.time.OffsetDateTime;
import java.util.Set;

/** A person who logs in to the staff, coordinator or admin pages. */
public record StaffUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean mustChangePassword,
        boolean enabled,
        int failedAttempts,
        OffsetDateTime lockedUntil) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
