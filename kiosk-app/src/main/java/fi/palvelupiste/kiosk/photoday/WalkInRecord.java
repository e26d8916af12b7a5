package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.sync.CountsUp;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A walk-in number of a hub event's photo day as it goes up to the hub, and the hub's copy of it: no name, and not the
 * phone staff typed for the photo system (the hub needs neither for the funders' counts).
 *
 * @param event   the event's public id
 * @param version the kiosk's outbox number of this state: the hub keeps the highest it has seen
 */
public record WalkInRecord(UUID publicId, String siteId, UUID event, int number, String language, boolean wantsHelp,
                           OffsetDateTime takenAt, @Nullable OffsetDateTime calledAt,
                           @Nullable OffsetDateTime photographedAt, @Nullable OffsetDateTime helpedAt,
                           @Nullable OffsetDateTime goneAt, long version) implements CountsUp.Count {

    /** As a kiosk takes and marks numbers: photographed only once called, and never both photographed and gone. */
    boolean possible() {
        return event != null && number > 0 && language != null && language.matches("[a-z]{2}") && takenAt != null
                && (photographedAt == null || (calledAt != null && goneAt == null));
    }
}
