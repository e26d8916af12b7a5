package fi.palvelupiste.kiosk.photoday;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A number taken by someone without a booking. No name: the phone for the photo system is typed by staff.
 *
 * @param wantsHelp asked at the photographer's page: wants help with the electronic application
 */
public record WalkInNumber(long id, UUID publicId, long eventId, int number, String language, @Nullable String phone,
                           boolean wantsHelp,
                           @Nullable Long printJobId, OffsetDateTime takenAt, @Nullable OffsetDateTime calledAt,
                           @Nullable OffsetDateTime photographedAt, @Nullable OffsetDateTime helpedAt,
                           @Nullable OffsetDateTime goneAt) {

    /** The letter walk-in numbers have on the ticket and the display, the same in every language: "K 7". */
    public static final String PREFIX = "K";

    /** "K 7". */
    public String shown() {
        return PREFIX + " " + number;
    }
}
