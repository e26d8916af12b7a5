package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A confirmed sign-up for a trip's seats as the escort ticks it at the bus: boarded and not come are the sign-up's
 * check-in columns (V94), which retention counts into {@code signup_count.checked_in} and {@code no_shows}.
 *
 * @param boardedAt null until ticked boarded
 * @param noShowAt  null unless ticked not come
 */
public record SeatHolder(long signupId, String referenceCode, String firstName, String lastName, String language,
                         boolean wheelchair, @Nullable OffsetDateTime boardedAt, @Nullable OffsetDateTime noShowAt) {
}
