package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.Stored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings of hub rides going up (DESIGN.md §8), as sign-ups do: a kiosk sends the current state of each booking in
 * its outbox, numbered by the outbox row; the hub stores a state only if it is newer than the one it has, so a batch
 * sent again, or an old one late, changes nothing.
 */
@Service
public class RideSync {

    /** What a kiosk sends next: the bookings' states and the outbox rows they cover (up to {@code upTo}). */
    public record Batch(List<RideBookingRecord> bookings, long upTo) {
    }

    private final RideRepository rides;
    private final BoardingRepository boarding;
    private final Escrow escrow;
    private final Outbox outbox;

    RideSync(RideRepository rides, BoardingRepository boarding, Escrow escrow, Outbox outbox) {
        this.rides = rides;
        this.boarding = boarding;
        this.escrow = escrow;
        this.outbox = outbox;
    }

    // ---- a kiosk

    /** The next batch of at most {@code max} outbox rows; empty when the outbox has none of ride bookings. */
    @Transactional(readOnly = true)
    public Optional<Batch> next(int max) {
        return outbox.next(RideRepository.OUTBOX_KIND, max).map(pending -> {
            List<RideBookingRecord> records = new ArrayList<>();
            pending.versions().forEach((publicId, version) -> rides.bookingByPublicId(publicId)
                    .map(booking -> record(booking, version)).ifPresent(records::add));
            return new Batch(records, pending.upTo());
        });
    }

    /** The hub has taken everything up to {@code upTo}: those rows leave the outbox; what it refused is noted. */
    public void acknowledged(long upTo, List<UUID> refused) {
        outbox.acknowledged(RideRepository.OUTBOX_KIND, upTo, refused);
    }

    private RideBookingRecord record(RideBooking booking, long version) {
        Ride ride = rides.find(booking.rideId()).orElseThrow();
        RideStop stop = rides.stop(booking.stopId()).orElseThrow();
        return new RideBookingRecord(booking.publicId(), booking.siteId(), ride.publicId(), stop.publicId(),
                booking.status(), booking.referenceCode(), booking.firstName(), booking.lastName(), booking.phone(),
                booking.seats(), booking.wheelchair(), booking.language(), booking.cancelledAt(), booking.createdAt(),
                booking.updatedAt(), version, boarding.marks(booking.id()));
    }

    // ---- the hub

    /**
     * Stores the states a site's kiosk sent, in the caller's transaction. A state older than the one held is skipped,
     * as is one of a ride whose personal data the hub has already deleted. A booking the hub cannot store (of a ride
     * or stop it does not have, or with seats or a wheelchair place of a ride the site was never granted such places
     * of) is refused on its own; the rest are stored.
     *
     * @throws IllegalArgumentException a record of another site, or one that does not fit (nothing changes)
     */
    @Transactional
    public Stored store(String siteId, List<RideBookingRecord> records) {
        int stored = 0;
        List<UUID> refused = new ArrayList<>();
        for (RideBookingRecord record : records) {
            if (!siteId.equals(record.siteId())) {
                throw new IllegalArgumentException("a ride booking of another site");
            }
            if (!RideBooking.CONFIRMED.equals(record.status()) && !RideBooking.CANCELLED.equals(record.status())) {
                throw new IllegalArgumentException("a ride booking's status: " + record.status());
            }
            if (record.boarding() != null && !record.boarding().possible()) {
                throw new IllegalArgumentException("ticks of the bus day no kiosk makes: " + record.publicId());
            }
            Optional<Ride> ride = rides.findByPublicId(record.ride());
            Optional<RideStop> stop = ride.flatMap(r -> rides.stopByPublicId(record.stop())
                    .filter(s -> s.rideId() == r.id()));
            boolean confirmed = RideBooking.CONFIRMED.equals(record.status());
            boolean granted = ride.isPresent()
                    && (record.seats() == 0 || escrow.granted(siteId, RideCounter.SEATS.kind, record.ride()))
                    && (!record.wheelchair() || escrow.granted(siteId, RideCounter.WHEELCHAIR.kind, record.ride()));
            if (stop.isEmpty() || (confirmed && !granted)) {
                refused.add(record.publicId());
                continue;
            }
            Optional<Map.Entry<String, Long>> held = rides.copyVersion(record.publicId());
            if (held.isPresent() && !held.get().getKey().equals(siteId)) {
                throw new IllegalArgumentException("a ride booking of another site");
            }
            if (ride.get().personalDataDeletedAt() != null
                    || held.filter(h -> h.getValue() >= record.version()).isPresent()) {
                continue;
            }
            rides.storeCopy(record, ride.get().id(), stop.get().id(), held.isPresent());
            stored++;
        }
        return new Stored(stored, refused);
    }
}
