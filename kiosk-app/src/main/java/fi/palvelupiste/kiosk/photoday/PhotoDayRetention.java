package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.EventRetentionStep;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;

/**
 * The photo day's part of an event's retention: the walk-ins' numbers are kept in {@code signup_count} (one WALK_IN
 * row) and their rows, with the phones staff typed, are deleted. Attendance on the sign-ups goes with the sign-ups.
 */
@Component
class PhotoDayRetention implements EventRetentionStep {

    private final PhotoDayRepository repository;
    private final EventPlanning planning;

    PhotoDayRetention(PhotoDayRepository repository, EventPlanning planning) {
        this.repository = repository;
        this.planning = planning;
    }

    @Override
    public int deleteOfEvent(long eventId, OffsetDateTime now) {
        String municipality = planning.event(eventId).map(e -> e.municipality()).orElse("");
        repository.keepWalkInCounts(eventId, municipality, now);
        return repository.deleteWalkIns(eventId);
    }
}
