package fi.palvelupiste.kiosk.ride;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A ride booking's ticks of the bus day (V95), as they go up with it: the hub keeps them on its copy for the funders'
 * counts. "Undo" empties both times again.
 *
 * @param walkOn added on the bus by the escort, with no booking before
 */
public record BoardingMarks(@Nullable OffsetDateTime boardedAt, @Nullable OffsetDateTime busNoShowAt, boolean walkOn) {

    public static final BoardingMarks NONE = new BoardingMarks(null, null, false);

    /** As the escort's page makes them: boarded or not come, never both. */
    public boolean possible() {
        return boardedAt == null || busNoShowAt == null;
    }
}
