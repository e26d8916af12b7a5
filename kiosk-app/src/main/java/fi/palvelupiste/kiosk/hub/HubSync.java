package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.hub.SyncMessages.DownResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.UpRequest;
import fi.palvelupiste.kiosk.forms.FormCopy;
import fi.palvelupiste.kiosk.forms.FormPrintSync;
import fi.palvelupiste.kiosk.photoday.WalkInSync;
import fi.palvelupiste.kiosk.queue.QueueDaySync;
import fi.palvelupiste.kiosk.forms.SharedForms;
import fi.palvelupiste.kiosk.ride.RideCopy;
import fi.palvelupiste.kiosk.ride.RideSync;
import fi.palvelupiste.kiosk.ride.SharedRides;
import fi.palvelupiste.kiosk.signup.ChangesAtOtherSites;
import fi.palvelupiste.kiosk.signup.EventCopy;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupSync;
import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.sync.Grant;
import fi.palvelupiste.kiosk.sync.Returned;
import fi.palvelupiste.kiosk.sync.Stored;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The hub's side of a kiosk's sync: what flows down to its site (the change log, read for the site, and the site's
 * grants) and what comes up from it (sign-ups and ride bookings with their marks of the day, places given back, queue
 * days, form print counts, walk-in numbers). A device writes only its own site's records.
 */
@HubOnly
@Service
class HubSync {

    /** Changes in one answer; the kiosk asks again while there are more. */
    static final int CHANGES_PER_ANSWER = 100;

    private final ChangeLog log;
    private final SharedEvents shared;
    private final SharedForms sharedForms;
    private final SharedRides sharedRides;
    private final Escrow places;
    private final SignupSync signups;
    private final RideSync rideBookings;
    private final ChangesAtOtherSites otherSites;
    private final QueueDaySync queueDays;
    private final FormPrintSync formPrints;
    private final WalkInSync walkIns;
    private final HubProperties properties;
    private final JdbcClient jdbc;

    HubSync(ChangeLog log, SharedEvents shared, SharedForms sharedForms, SharedRides sharedRides, Escrow places,
            SignupSync signups, RideSync rideBookings, QueueDaySync queueDays, FormPrintSync formPrints,
            WalkInSync walkIns, ChangesAtOtherSites otherSites, HubProperties properties, JdbcClient jdbc) {
        this.walkIns = walkIns;
        this.otherSites = otherSites;
        this.log = log;
        this.shared = shared;
        this.sharedForms = sharedForms;
        this.sharedRides = sharedRides;
        this.places = places;
        this.signups = signups;
        this.rideBookings = rideBookings;
        this.queueDays = queueDays;
        this.formPrints = formPrints;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /**
     * The changes after {@code since} as the device's site sees them. A mark beyond the hub's last change (the hub's
     * database was restored from a backup) starts the kiosk over from the beginning.
     */
    @Transactional
    DownResponse down(Device device, long since) {
        long last = jdbc.sql("SELECT last_seq FROM sync_clock WHERE id = 1").query(Long.class).single();
        long from = since > last || since < 0 ? 0 : since;
        List<ChangeLog.Change> changes = new ArrayList<>(log.since(from, CHANGES_PER_ANSWER + 1));
        boolean more = changes.size() > CHANGES_PER_ANSWER;
        if (more) {
            changes.removeLast();
        }
        List<EventCopy> events = new ArrayList<>();
        List<UUID> withdrawn = new ArrayList<>();
        // a ride changes with its event too (where it is offered): each ride once
        Set<UUID> rideChanges = new LinkedHashSet<>();
        List<FormCopy> forms = new ArrayList<>();
        for (ChangeLog.Change change : changes) {
            switch (change.kind()) {
                case ChangeLog.EVENT -> {
                    shared.copyFor(change.publicId(), device.siteId())
                            .ifPresentOrElse(events::add, () -> withdrawn.add(change.publicId()));
                    rideChanges.addAll(sharedRides.ridesOf(change.publicId()));
                }
                case ChangeLog.RIDE -> rideChanges.add(change.publicId());
                case ChangeLog.FORM -> sharedForms.copyOf(change.publicId()).ifPresent(forms::add);
                default -> throw new IllegalStateException("a change of an unknown kind: " + change.kind());
            }
        }
        List<RideCopy> rides = new ArrayList<>();
        List<UUID> withdrawnRides = new ArrayList<>();
        rideChanges.forEach(ride -> sharedRides.copyFor(ride, device.siteId())
                .ifPresentOrElse(rides::add, () -> withdrawnRides.add(ride)));
        // the grants once per contact, with its last page
        List<Grant> grants = more ? List.of() : places.grantsFor(device.siteId(), properties.standingPlaces());
        long mark = changes.isEmpty() ? from : changes.getLast().seq();
        return new DownResponse(mark, events, withdrawn, rides, withdrawnRides, grants, forms,
                more ? List.of() : otherSites.waitingFor(device.siteId()), more);
    }

    /**
     * Stores what a site's kiosk sent, all or nothing.
     *
     * @throws IllegalArgumentException a record that is not the site's, or does not fit (nothing changes)
     */
    @Transactional
    Stored up(Device device, UpRequest request) {
        Stored signupsStored = request.signups() == null ? new Stored(0, List.of())
                : signups.store(device.siteId(), request.signups());
        Stored ridesStored = request.rides() == null ? new Stored(0, List.of())
                : rideBookings.store(device.siteId(), request.rides());
        Stored daysStored = request.queueDays() == null ? new Stored(0, List.of())
                : queueDays.store(device.siteId(), request.queueDays());
        Stored printsStored = request.formPrints() == null ? new Stored(0, List.of())
                : formPrints.store(device.siteId(), request.formPrints());
        Stored walkInsStored = request.walkIns() == null ? new Stored(0, List.of())
                : walkIns.store(device.siteId(), request.walkIns());
        List<UUID> refused = new ArrayList<>(signupsStored.refused());
        refused.addAll(ridesStored.refused());
        refused.addAll(daysStored.refused());
        refused.addAll(printsStored.refused());
        refused.addAll(walkInsStored.refused());
        Stored stored = new Stored(signupsStored.stored() + ridesStored.stored() + daysStored.stored()
                + printsStored.stored() + walkInsStored.stored(), refused);
        if (request.changesTaken() != null) {
            otherSites.taken(device.siteId(), request.changesTaken());
        }
        List<Returned> returned = request.returned();
        if (returned != null && !returned.isEmpty()) {
            places.returned(device.siteId(), returned);
        }
        return stored;
    }

    Optional<Grant> places(Device device, String kind, UUID pool, int count) {
        return places.ask(device.siteId(), kind, pool, count);
    }
}
