package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.Stored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-ups going up (DESIGN.md §8). A kiosk sends the current state of each sign-up in its outbox, numbered by the
 * outbox row; the hub stores a state only if it is newer than the one it has, so sending a batch again, or an old one
 * late, changes nothing, and what the hub acknowledged leaves the outbox. At least once + idempotent = nothing lost,
 * nothing doubled, after any crash or outage.
 */
@Service
public class SignupSync {

    /** What a kiosk sends next: the sign-ups' states and the outbox rows they cover (up to {@code upTo}). */
    public record Batch(List<SignupRecord> signups, long upTo) {
    }

    private final SignupRepository signups;
    private final EventRepository events;
    private final Escrow escrow;
    private final Outbox outbox;
    private final Clock clock;

    SignupSync(SignupRepository signups, EventRepository events, Escrow escrow, Outbox outbox, Clock clock) {
        this.signups = signups;
        this.events = events;
        this.escrow = escrow;
        this.outbox = outbox;
        this.clock = clock;
    }

    // ---- a kiosk

    /** The next batch of at most {@code max} outbox rows; empty when the outbox has none of sign-ups. */
    @Transactional(readOnly = true)
    public Optional<Batch> next(int max) {
        return outbox.next(SignupRepository.OUTBOX_KIND, max).map(pending -> {
            List<SignupRecord> records = new ArrayList<>();
            // a companion's record refers to the sign-up it came with, which went first: keep the outbox order
            pending.versions().forEach((publicId, version) -> signups.findByPublicId(publicId)
                    .map(signup -> record(signup, version)).ifPresent(records::add));
            return new Batch(records, pending.upTo());
        });
    }

    /**
     * A mark of the photo day or of the trip's bus on a sign-up (checked in or boarded, called, photographed, helped,
     * not here or not come, or one undone) goes up with the sign-up: an outbox row in the mark's transaction, for a
     * sign-up of a hub event only.
     */
    public void marked(long signupId) {
        signups.sendAgain(signupId, OffsetDateTime.now(clock));
    }

    /** The hub has taken everything up to {@code upTo}: those rows leave the outbox; what it refused is noted. */
    public void acknowledged(long upTo, List<UUID> refused) {
        outbox.acknowledged(SignupRepository.OUTBOX_KIND, upTo, refused);
    }

    /** A sign-up as it goes up, or as the hub hands its copy to another site's kiosk. */
    SignupRecord record(Signup signup, long version) {
        SignupEvent event = events.find(signup.eventId()).orElseThrow();
        UUID slot = signup.slotId() == null ? null : events.slot(signup.slotId()).map(Slot::publicId).orElse(null);
        UUID companion = signup.companionOf() == null ? null
                : signups.find(signup.companionOf()).map(Signup::publicId).orElse(null);
        return new SignupRecord(signup.publicId(), signup.siteId(), event.publicId(), slot, signup.status(),
                signup.referenceCode(), signup.firstName(), signup.lastName(), signup.phone(),
                signup.needs().applicationHelp(), signup.needs().wheelchair(), signup.needs().interpreterLanguage(),
                companion, signup.language(), signup.promotedAt(), signup.cancelledAt(), signup.createdAt(),
                signup.updatedAt(), version, signups.attendance(signup.id()));
    }

    // ---- the hub

    /**
     * Stores the states a site's kiosk sent, all or none. A state older than the one held is skipped, as is one for an
     * event whose personal data the hub has already deleted.
     *
     * A record the hub cannot store (of an event or slot it does not have, or a place in a slot the site was never
     * granted places of) is refused on its own; the rest are stored.
     *
     * @throws IllegalArgumentException a record of another site, or one that does not fit (nothing changes)
     */
    @Transactional
    public Stored store(String siteId, List<SignupRecord> records) {
        int stored = 0;
        List<UUID> refused = new ArrayList<>();
        for (SignupRecord record : records) {
            if (!siteId.equals(record.siteId())) {
                throw new IllegalArgumentException("a sign-up of another site");
            }
            new fi.palvelupiste.kiosk.resident.Needs(record.applicationHelp(), record.wheelchair(),
                    record.interpreterLanguage());
            if (record.attendance() != null && !record.attendance().possible()) {
                throw new IllegalArgumentException("marks of the photo day no kiosk makes: " + record.publicId());
            }
            Optional<SignupEvent> found = events.findByPublicId(record.event());
            Optional<Long> slot = record.slot() == null ? Optional.empty() : found.flatMap(event ->
                    events.slotByPublicId(record.slot()).filter(s -> s.eventId() == event.id()).map(Slot::id));
            boolean placeGranted = record.slot() != null && escrow.granted(siteId, SlotPools.KIND, record.slot());
            if (found.isEmpty() || (record.slot() != null && slot.isEmpty())
                    || (record.status() == SignupStatus.CONFIRMED && !placeGranted)) {
                refused.add(record.publicId());
                continue;
            }
            SignupEvent event = found.get();
            Long slotId = slot.orElse(null);
            Optional<Map.Entry<String, Long>> held = signups.copyVersion(record.publicId());
            if (held.isPresent() && !held.get().getKey().equals(siteId)) {
                throw new IllegalArgumentException("a sign-up of another site");
            }
            if (event.personalDataDeletedAt() != null || held.filter(h -> h.getValue() >= record.version()).isPresent()) {
                continue;
            }
            Long companionOf = record.companionOf() == null ? null
                    : signups.findByPublicId(record.companionOf()).map(Signup::id).orElse(null);
            signups.storeCopy(record, event.id(), slotId, companionOf, held.isPresent());
            stored++;
        }
        return new Stored(stored, refused);
    }
}
