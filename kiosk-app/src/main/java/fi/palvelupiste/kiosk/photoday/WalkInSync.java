package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.CountsUp;
import fi.palvelupiste.kiosk.sync.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Walk-in numbers of a hub event's photo day going up to the hub ({@link CountsUp}): each change of a number (taken,
 * called, photographed, helped, gone, its help asked) writes an outbox row in its transaction, and the hub keeps the
 * newest state of each number in its own {@code photo_walk_in}, as the kiosk's; its retention counts them in
 * {@code signup_count} as a kiosk's does. A kiosk-only event's numbers stay on the kiosk.
 */
@Service
public class WalkInSync extends CountsUp<WalkInRecord> {

    /** The outbox's name for a walk-in number. */
    static final String OUTBOX_KIND = "WALK_IN";

    private final PhotoDayRepository repository;

    WalkInSync(PhotoDayRepository repository, JdbcClient jdbc, Outbox outbox, SiteIdentity site, Clock clock) {
        super(OUTBOX_KIND, "photo_walk_in", jdbc, outbox, site, clock);
        this.repository = repository;
    }

    /** A number of the event changed: it goes up if the event is the hub's. */
    void changed(SignupEvent event, long walkInId) {
        if (event.fromHub()) {
            repository.walkIn(walkInId).ifPresent(number -> changed(number.publicId()));
        }
    }

    @Override
    protected List<UUID> kept() {
        return repository.walkInsOfHubEvents();
    }

    @Override
    protected Optional<WalkInRecord> current(UUID publicId, String siteId, long version) {
        return repository.walkInOfHubEvent(publicId, siteId, version);
    }

    @Override
    protected boolean fits(WalkInRecord number) {
        return number.possible();
    }

    /** The hub has the event and has not yet counted its walk-ins and deleted them. */
    @Override
    protected boolean storable(WalkInRecord number) {
        return repository.eventWithPersonalData(number.event()).isPresent();
    }

    @Override
    protected void keep(WalkInRecord number, boolean replace) {
        repository.storeWalkInCopy(number, repository.eventWithPersonalData(number.event()).orElseThrow(), replace);
    }
}
