package fi.palvelupiste.kiosk.sync;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** The hub's grants: per pool and site, the places granted and given back, both all time. */
@Repository
class EscrowRepository {

    record Held(int granted, int returned, int wanted) {
        int held() {
            return granted - returned;
        }
    }

    private final JdbcClient jdbc;

    EscrowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site's grant of a pool, made (empty) if it had none; locked until the transaction ends. */
    Held forUpdate(String kind, UUID pool, String siteId) {
        Optional<Held> found = find(kind, pool, siteId, true);
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.sql("INSERT INTO escrow_grant (kind, pool, site_id, granted, returned) VALUES (:kind, :pool, :site, 0, 0)")
                .param("kind", kind).param("pool", pool).param("site", siteId).update();
        return find(kind, pool, siteId, true).orElseThrow();
    }

    Optional<Held> find(String kind, UUID pool, String siteId, boolean forUpdate) {
        return jdbc.sql("SELECT granted, returned, wanted FROM escrow_grant WHERE kind = :kind AND pool = :pool "
                        + "AND site_id = :site" + (forUpdate ? " FOR UPDATE" : ""))
                .param("kind", kind).param("pool", pool).param("site", siteId)
                .query((rs, row) -> new Held(rs.getInt("granted"), rs.getInt("returned"), rs.getInt("wanted")))
                .optional();
    }

    void grantMore(String kind, UUID pool, String siteId, int places) {
        jdbc.sql("""
                UPDATE escrow_grant SET granted = granted + :places, wanted = 0
                WHERE kind = :kind AND pool = :pool AND site_id = :site""")
                .param("places", places).param("kind", kind).param("pool", pool).param("site", siteId).update();
    }

    /** The site asked for places the pool did not have. */
    void wanted(String kind, UUID pool, String siteId, int places) {
        jdbc.sql("UPDATE escrow_grant SET wanted = :places WHERE kind = :kind AND pool = :pool AND site_id = :site")
                .param("places", places).param("kind", kind).param("pool", pool).param("site", siteId).update();
    }

    /** Whether another site asked for places of the pool that it did not have. */
    boolean othersWant(String kind, UUID pool, String siteId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM escrow_grant WHERE kind = :kind AND pool = :pool AND site_id <> :site
                AND wanted > 0""")
                .param("kind", kind).param("pool", pool).param("site", siteId).query(Integer.class).single() > 0;
    }

    void returned(String kind, UUID pool, String siteId, int returned) {
        jdbc.sql("UPDATE escrow_grant SET returned = :returned WHERE kind = :kind AND pool = :pool AND site_id = :site")
                .param("returned", returned).param("kind", kind).param("pool", pool).param("site", siteId).update();
    }

    /** Grants of a pool that hold nothing any more, forgotten before the pool is removed. */
    void forgetSettled(String kind, UUID pool) {
        jdbc.sql("DELETE FROM escrow_grant WHERE kind = :kind AND pool = :pool AND granted = returned")
                .param("kind", kind).param("pool", pool).update();
    }
}
