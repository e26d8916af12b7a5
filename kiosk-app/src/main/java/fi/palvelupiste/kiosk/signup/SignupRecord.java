package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A state of a kiosk's sign-up as it goes up to the hub. Records are named by public ids only.
 *
 * @param version    the kiosk's outbox number of this state: the hub keeps the highest it has seen
 * @param attendance its marks of the photo day; empty from a kiosk of a version before them
 */
public record SignupRecord(UUID publicId, String siteId, UUID event, @Nullable UUID slot, SignupStatus status,
                           String referenceCode, String firstName, String lastName, @Nullable String phone,
                           boolean applicationHelp, boolean wheelchair, @Nullable String interpreterLanguage,
                           @Nullable UUID companionOf, String language, @Nullable OffsetDateTime promotedAt,
                           @Nullable OffsetDateTime cancelledAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           long version, @Nullable Attendance attendance) {

    @Override
    public String toString() {
        return "SignupRecord[" + publicId + ", " + status + ", v" + version + "]";
    }
}
