package fi.palvelupiste.kiosk.sync;

import fi.palvelupiste.kiosk.site.HubLinked;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts a kiosk keeps for reporting (queue days, form prints) going up to the hub through the outbox (DESIGN.md §8),
 * as ride bookings go: a linked kiosk writes an outbox row with every change of a count, in its transaction, and sends
 * the count's current totals numbered by its latest row; the hub keeps totals only if they are newer than the ones it
 * has, so a batch sent again, or an old one late, changes nothing, and a recount replaces the earlier one. At linking
 * every count the kiosk has goes up once, those of the days before the link too. No personal data.
 *
 * @param <R> a count as it goes up, and as the hub keeps it
 */
public abstract class CountsUp<R extends CountsUp.Count> {

    /** A count's totals, named by its public id. */
    public interface Count {
        UUID publicId();

        String siteId();

        /** The kiosk's outbox number of these totals: the hub keeps the highest it has seen. */
        long version();
    }

    /** What a kiosk sends next: counts and the outbox rows they cover (up to {@code upTo}). */
    public record Batch<R>(List<R> counts, long upTo) {
    }

    private final String kind;
    private final String hubTable;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final SiteIdentity site;
    private final Clock clock;

    /**
     * @param kind     the outbox's name for this kind of count
     * @param hubTable the hub's table of its sites' copies: {@code public_id}, {@code site_id}, {@code sync_version}
     */
    protected CountsUp(String kind, String hubTable, JdbcClient jdbc, Outbox outbox, SiteIdentity site, Clock clock) {
        this.kind = kind;
        this.hubTable = hubTable;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.site = site;
        this.clock = clock;
    }

    /** Every count kept here, oldest first. */
    protected abstract List<UUID> kept();

    /** The count's current totals, to send as {@code siteId}'s; empty when it is gone. */
    protected abstract Optional<R> current(UUID publicId, String siteId, long version);

    /** Refuses totals a kiosk cannot have made (a negative count, a part missing). */
    protected abstract boolean fits(R count);

    /**
     * Whether the hub has a place for the count (e.g. the event it belongs to); one it has none for is refused on its
     * own and stays on its kiosk.
     */
    protected boolean storable(R count) {
        return true;
    }

    /** Keeps totals on the hub: {@code replace} the copy held, or a new one. */
    protected abstract void keep(R count, boolean replace);

    /** The site and version of the hub's copy, as far as it has one. */
    private Optional<Map.Entry<String, Long>> held(UUID publicId) {
        return jdbc.sql("SELECT site_id, sync_version FROM " + hubTable + " WHERE public_id = :publicId")
                .param("publicId", publicId)
                .query((rs, row) -> Map.entry(rs.getString("site_id"), rs.getLong("sync_version"))).optional();
    }

    // ---- a kiosk

    /** A count changed: on a linked kiosk it goes up, by an outbox row in the change's transaction. */
    public void changed(UUID publicId) {
        if (site.hubLink().isPresent()) {
            outbox.add(kind, publicId, OffsetDateTime.now(clock));
        }
    }

    /** Linked to a hub: every count kept here goes up once (README "The hub"). */
    @EventListener
    public void linked(HubLinked linked) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        kept().forEach(publicId -> outbox.add(kind, publicId, now));
    }

    /** The next batch of at most {@code max} outbox rows; empty when the outbox has none of this kind. */
    @Transactional(readOnly = true)
    public Optional<Batch<R>> next(int max) {
        return outbox.next(kind, max).map(pending -> {
            List<R> counts = new ArrayList<>();
            String siteId = site.siteId();
            pending.versions().forEach((publicId, version) -> current(publicId, siteId, version)
                    .ifPresent(counts::add));
            return new Batch<>(counts, pending.upTo());
        });
    }

    /** The hub has taken everything up to {@code upTo}: those rows leave the outbox; what it refused is noted. */
    public void acknowledged(long upTo, List<UUID> refused) {
        outbox.acknowledged(kind, upTo, refused);
    }

    // ---- the hub

    /**
     * Stores the totals a site's kiosk sent, in the caller's transaction; totals older than those held are skipped.
     * A count the hub holds for another site (the kiosk counted it there, under an earlier link), or has no place for,
     * is refused on its own.
     *
     * @throws IllegalArgumentException a count of another site, or one that does not fit (nothing changes)
     */
    @Transactional
    public Stored store(String siteId, List<R> counts) {
        int stored = 0;
        List<UUID> refused = new ArrayList<>();
        for (R count : counts) {
            if (!siteId.equals(count.siteId())) {
                throw new IllegalArgumentException("a count of another site");
            }
            if (count.publicId() == null || count.version() <= 0 || !fits(count)) {
                throw new IllegalArgumentException("a count that does not fit: " + count.publicId());
            }
            Optional<Map.Entry<String, Long>> held = held(count.publicId());
            if ((held.isPresent() && !held.get().getKey().equals(siteId)) || !storable(count)) {
                refused.add(count.publicId());
            } else if (held.filter(h -> h.getValue() >= count.version()).isEmpty()) {
                keep(count, held.isPresent());
                stored++;
            }
        }
        return new Stored(stored, refused);
    }
}
