package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A sign-up's marks of the photo day (V94), as they go up with it: the hub keeps them on its copy for the funders'
 * counts. Each is empty until it happens, and empty again when staff undo it (a new check-in after "not here").
 */
public record Attendance(@Nullable OffsetDateTime checkedInAt, @Nullable OffsetDateTime calledAt,
                         @Nullable OffsetDateTime photographedAt, @Nullable OffsetDateTime helpedAt,
                         @Nullable OffsetDateTime noShowAt) {

    public static final Attendance NONE = new Attendance(null, null, null, null, null);

    /** As the photographer's page makes them: nobody is photographed without being called first. */
    public boolean possible() {
        return photographedAt == null || calledAt != null;
    }
}
