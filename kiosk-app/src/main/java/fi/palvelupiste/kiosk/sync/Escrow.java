package fi.palvelupiste.kiosk.sync;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places of hub records across kiosks, never more than there are: escrow (DESIGN.md §8; O'Neil 1986, bounded
 * counters), for every kind of {@link Pools}. On the hub a pool's places taken are the places granted to sites and
 * not given back, so the pool's own CHECK (taken ≤ capacity) bounds them. On a kiosk a hub record's capacity is what
 * the hub granted it minus what it gave back, so the same CHECK refuses any place the hub did not grant, offline or
 * not. The hub grants on its own accord (each contact tops a site up to a standing spare) and when a kiosk asks; it
 * never takes places back: a kiosk returns its spare ones when the hub tells it the pool is empty and another site
 * asked for places in vain. Both counts only grow, so an answer or report arriving twice or late changes nothing. No
 * clock is involved.
 */
@Service
public class Escrow {

    private final Map<String, Pools> pools;
    private final EscrowRepository grants;

    Escrow(List<Pools> pools, EscrowRepository grants) {
        // one order of kinds, so that concurrent contacts lock their rows in the same order
        this.pools = pools.stream().collect(Collectors.toMap(Pools::kind, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two pools of kind " + a.kind());
        }, TreeMap::new));
        this.grants = grants;
    }

    // ---- the hub

    /**
     * The site's grants of every pool it holds places of, each first topped up (as far as the pool has places) so
     * that the site holds {@code standing} places it has not booked: what an offline kiosk can still confirm. A site
     * whose residents neither wait nor asked in vain leaves the pool to the sites whose residents do; when the pool
     * is empty and the site's residents wait, the other sites are asked to give their spare places back, and the next
     * contact tops the site up with them.
     */
    @Transactional
    public List<Grant> grantsFor(String siteId, int standing) {
        List<Grant> answer = new ArrayList<>();
        for (Pools kind : pools.values()) {
            for (Pools.AtSite pool : kind.openAt(siteId)) {
                EscrowRepository.Held held = grants.forUpdate(kind.kind(), pool.pool(), siteId);
                int missing = standing - (held.held() - pool.used());
                boolean needy = pool.waiting() || held.wanted() > 0;
                int free = kind.free(pool.pool()).orElse(0);
                int given = !needy && grants.othersWant(kind.kind(), pool.pool(), siteId) ? 0 : Math.min(missing, free);
                if (given > 0 && kind.reserve(pool.pool(), given)) {
                    grants.grantMore(kind.kind(), pool.pool(), siteId, given);
                } else if (missing > 0 && pool.waiting()) {
                    grants.wanted(kind.kind(), pool.pool(), siteId, missing);
                }
                answer.add(answer(kind, pool.pool(), siteId));
            }
        }
        return answer;
    }

    /**
     * A kiosk asks for {@code places} more of a pool, for a resident at its screen. Granted whole or not at all.
     *
     * @return the site's grant after it, or empty when the pool is not the site's or has not so many places
     */
    @Transactional
    public Optional<Grant> ask(String siteId, String kind, UUID pool, int places) {
        Pools found = pools.get(kind);
        if (found == null || places < 1 || places > 2 || !found.offeredAt(pool, siteId)) {
            return Optional.empty();
        }
        grants.forUpdate(kind, pool, siteId);
        if (!found.reserve(pool, places)) {
            grants.wanted(kind, pool, siteId, places);
            return Optional.empty();
        }
        grants.grantMore(kind, pool, siteId, places);
        return Optional.of(answer(found, pool, siteId));
    }

    /**
     * A kiosk's report of the places it has given back, all time: the hub puts the difference back in the pool. A
     * count below what the hub has is old news; one above what was granted is refused.
     *
     * @throws IllegalArgumentException a pool the site holds nothing of, or more returned than granted (nothing
     *                                  changes, with the caller's transaction)
     */
    @Transactional
    public void returned(String siteId, List<Returned> reports) {
        for (Returned report : reports) {
            Pools kind = pools.get(report.kind());
            if (kind == null || grants.find(report.kind(), report.pool(), siteId, false).isEmpty()) {
                throw new IllegalArgumentException("not a pool of this site");
            }
            EscrowRepository.Held held = grants.forUpdate(report.kind(), report.pool(), siteId);
            if (report.returned() > held.granted()) {
                throw new IllegalArgumentException("more places returned than granted");
            }
            if (report.returned() > held.returned()) {
                grants.returned(report.kind(), report.pool(), siteId, report.returned());
                kind.release(report.pool(), report.returned() - held.returned());
            }
        }
    }

    /** Whether the site was ever granted places of the pool: only then can its residents hold one. */
    @Transactional(readOnly = true)
    public boolean granted(String siteId, String kind, UUID pool) {
        return grants.find(kind, pool, siteId, false).filter(held -> held.granted() > 0).isPresent();
    }

    /** Forgets the grants of a pool that hold nothing, before the pool is removed. */
    @Transactional
    public void forgetSettled(String kind, UUID pool) {
        grants.forgetSettled(kind, pool);
    }

    private Grant answer(Pools kind, UUID pool, String siteId) {
        EscrowRepository.Held held = grants.find(kind.kind(), pool, siteId, false).orElseThrow();
        int free = kind.free(pool).orElse(0);
        return new Grant(kind.kind(), pool, held.granted(), free,
                free == 0 && grants.othersWant(kind.kind(), pool, siteId));
    }

    // ---- a kiosk

    /**
     * Takes in the hub's grants: more places here, which go first to whoever waits for them; when the hub's pool is
     * empty, the places held and not booked go back (reported with the next sync). Grants of a kind this kiosk does
     * not know (a newer hub) are left alone.
     */
    @Transactional
    public void take(List<Grant> answer) {
        take(answer, () -> { });
    }

    /**
     * As {@link #take(List)}, with {@code beforeWaitlists} run once the places are here and before whoever waits takes
     * them: a change the hub granted a place for (a move asked at another site) gets the place it was granted.
     */
    @Transactional
    public void take(List<Grant> answer, Runnable beforeWaitlists) {
        Map<Pools, Set<UUID>> grown = new HashMap<>();
        for (Grant grant : answer) {
            Pools kind = pools.get(grant.kind());
            if (kind != null && kind.take(grant.pool(), grant.granted(), grant.hubFree())) {
                grown.computeIfAbsent(kind, k -> new HashSet<>()).add(grant.pool());
            }
        }
        beforeWaitlists.run();
        grown.forEach(Pools::grew);
        for (Grant grant : answer) {
            Pools kind = pools.get(grant.kind());
            if (kind != null && grant.returnSpare()) {
                kind.returnSpare(grant.pool());
            }
        }
    }

    /** What this kiosk has given back, per pool, all time: sent with every sync. */
    @Transactional(readOnly = true)
    public List<Returned> returnedHere() {
        List<Returned> all = new ArrayList<>();
        pools.values().forEach(kind -> kind.returnedHere()
                .forEach((pool, count) -> all.add(new Returned(kind.kind(), pool, count))));
        return all;
    }
}
