package fi.palvelupiste.kiosk.campaign;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns, and which events, rides and forms belong to one: the {@code campaign_id} and {@code draft} columns
 * V95 gave those features' tables are this feature's; the rest of their rows are theirs.
 */
@Repository
class CampaignRepository {

    private static final String COLUMNS = "id, public_id, site_id, name, municipality, first_date, last_date, partners, "
            + "copied_from, created_at, updated_at";

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Campaign> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign ORDER BY first_date DESC, id DESC")
                .query(CampaignRepository::map).list();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = :id").param("id", id)
                .query(CampaignRepository::map).optional();
    }

    long insert(String siteId, CampaignDraft draft, @Nullable Long copiedFrom, OffsetDateTime now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO campaign (public_id, site_id, name, municipality, first_date, last_date, partners,
                    copied_from, created_at, updated_at)
                VALUES (:p, :site, :name, :municipality, :first, :last, :partners, :from, :now, :now)""")
                .param("p", publicId).param("site", siteId).param("name", draft.getName())
                .param("municipality", draft.getMunicipality()).param("first", draft.getFirstDate())
                .param("last", draft.getLastDate()).param("partners", draft.getPartners())
                .param("from", copiedFrom).param("now", now).update();
        return jdbc.sql("SELECT id FROM campaign WHERE public_id = :p").param("p", publicId).query(Long.class).single();
    }

    void update(long id, CampaignDraft draft, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE campaign SET name = :name, municipality = :municipality, first_date = :first,
                    last_date = :last, partners = :partners, updated_at = :now WHERE id = :id""")
                .param("name", draft.getName()).param("municipality", draft.getMunicipality())
                .param("first", draft.getFirstDate()).param("last", draft.getLastDate())
                .param("partners", draft.getPartners()).param("now", now).param("id", id).update();
    }

    /** The campaign's events, each with whether it is still a draft, by date. */
    Map<Long, Boolean> events(long campaignId) {
        return flags("SELECT id, draft FROM signup_event WHERE campaign_id = :c ORDER BY event_date, id", campaignId);
    }

    /** The campaign's rides, each with whether it is still a draft, by date. */
    Map<Long, Boolean> rides(long campaignId) {
        return flags("SELECT id, draft FROM ride WHERE campaign_id = :c ORDER BY ride_date, id", campaignId);
    }

    List<UUID> forms(long campaignId) {
        return jdbc.sql("SELECT public_id FROM form WHERE campaign_id = :c ORDER BY sort_order, id")
                .param("c", campaignId).query(UUID.class).list();
    }

    List<Long> eventsInNoCampaign() {
        return jdbc.sql("SELECT id FROM signup_event WHERE campaign_id IS NULL AND personal_data_deleted_at IS NULL "
                + "ORDER BY event_date, id").query(Long.class).list();
    }

    List<Long> ridesInNoCampaign() {
        return jdbc.sql("SELECT id FROM ride WHERE campaign_id IS NULL AND personal_data_deleted_at IS NULL "
                + "ORDER BY ride_date, id").query(Long.class).list();
    }

    List<UUID> formsInNoCampaign() {
        return jdbc.sql("SELECT public_id FROM form WHERE campaign_id IS NULL ORDER BY sort_order, id")
                .query(UUID.class).list();
    }

    /** @return false when the event is already in a campaign (or gone) */
    boolean addEvent(long campaignId, long eventId, boolean draft) {
        return jdbc.sql("UPDATE signup_event SET campaign_id = :c, draft = :d WHERE id = :id AND campaign_id IS NULL")
                .param("c", campaignId).param("d", draft).param("id", eventId).update() == 1;
    }

    boolean addRide(long campaignId, long rideId, boolean draft) {
        return jdbc.sql("UPDATE ride SET campaign_id = :c, draft = :d WHERE id = :id AND campaign_id IS NULL")
                .param("c", campaignId).param("d", draft).param("id", rideId).update() == 1;
    }

    /** A form belongs to the newest round it was given to: it is not dated, so the next round prints the same one. */
    boolean moveForm(@Nullable Long fromCampaign, long toCampaign, UUID formId) {
        return jdbc.sql("UPDATE form SET campaign_id = :to WHERE public_id = :p AND "
                        + (fromCampaign == null ? "campaign_id IS NULL" : "campaign_id = :from"))
                .param("to", toCampaign).param("p", formId).param("from", fromCampaign).update() == 1;
    }

    /** @return how many events and rides residents are now offered */
    int publish(long campaignId, OffsetDateTime now) {
        return jdbc.sql("UPDATE signup_event SET draft = FALSE, updated_at = :now WHERE campaign_id = :c AND draft")
                .param("c", campaignId).param("now", now).update()
                + jdbc.sql("UPDATE ride SET draft = FALSE, updated_at = :now WHERE campaign_id = :c AND draft")
                .param("c", campaignId).param("now", now).update();
    }

    Optional<Integer> population(String municipality) {
        return jdbc.sql("SELECT residents FROM municipality_population WHERE municipality = :m")
                .param("m", municipality).query(Integer.class).optional();
    }

    void savePopulation(String municipality, int residents, OffsetDateTime now) {
        int changed = jdbc.sql("UPDATE municipality_population SET residents = :r, updated_at = :now WHERE municipality = :m")
                .param("r", residents).param("now", now).param("m", municipality).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO municipality_population (municipality, residents, updated_at) VALUES (:m, :r, :now)")
                    .param("m", municipality).param("r", residents).param("now", now).update();
        }
    }

    private Map<Long, Boolean> flags(String sql, long campaignId) {
        Map<Long, Boolean> flags = new LinkedHashMap<>();
        jdbc.sql(sql).param("c", campaignId).query((ResultSet rs) -> {
            flags.put(rs.getLong("id"), rs.getBoolean("draft"));
        });
        return flags;
    }

    private static Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                rs.getString("name"), rs.getString("municipality"), rs.getObject("first_date", LocalDate.class),
                rs.getObject("last_date", LocalDate.class), rs.getString("partners"),
                rs.getObject("copied_from", Long.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
