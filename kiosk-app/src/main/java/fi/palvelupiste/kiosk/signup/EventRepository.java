package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.LocalizedColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Kinds, events and slots; the only place that changes a slot's places taken. */
@Repository
class EventRepository {

    /** The event's texts in every language ({@link LocalizedColumns}). */
    private static final List<String> TEXTS = List.of("title", "description", "bring", "price");
    private static final String EVENT_COLUMNS = "id, public_id, site_id, kind, place, address, municipality, "
            + "event_date, organiser_phone, signup_opens_at, signup_closes_at, departs_at, returns_at, linked_event_id, "
            + "personal_data_deleted_at, created_at, updated_at, from_hub, "
            + texts(LocalizedColumns::names);
    private static final String SLOT_COLUMNS = "id, public_id, event_id, starts_at, ends_at, capacity, booked, hub_free";

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EventKind> kinds() {
        return jdbc.sql("SELECT code, " + LocalizedColumns.names("name") + """
                , booking_unit, asks_application_help, asks_wheelchair, asks_interpreter, links_to_kind, sort_order
                FROM signup_kind ORDER BY sort_order, code""")
                .query((rs, row) -> new EventKind(rs.getString("code"), LocalizedColumns.read(rs, "name"),
                        BookingUnit.valueOf(rs.getString("booking_unit")), rs.getBoolean("asks_application_help"),
                        rs.getBoolean("asks_wheelchair"), rs.getBoolean("asks_interpreter"),
                        rs.getString("links_to_kind"), rs.getInt("sort_order")))
                .list();
    }

    List<SignupEvent> all() {
        return query("SELECT " + EVENT_COLUMNS + " FROM signup_event ORDER BY event_date, id", Map.of());
    }

    /** The events held on a day whose personal data is still here, drafts aside, in the order they were made. */
    List<SignupEvent> heldOn(LocalDate day) {
        return query("SELECT " + EVENT_COLUMNS + """
                 FROM signup_event
                WHERE event_date = :day AND NOT draft AND personal_data_deleted_at IS NULL
                ORDER BY id""", Map.of("day", day));
    }

    Optional<SignupEvent> find(long id) {
        return query("SELECT " + EVENT_COLUMNS + " FROM signup_event WHERE id = :id", Map.of("id", id))
                .stream().findFirst();
    }

    /** Events taking sign-ups at this moment, soonest first; a draft (a campaign's copy, V95) is not yet offered. */
    List<SignupEvent> open(OffsetDateTime now) {
        return query("SELECT " + EVENT_COLUMNS + """
                 FROM signup_event
                WHERE signup_opens_at <= :now AND signup_closes_at > :now AND personal_data_deleted_at IS NULL
                  AND NOT draft
                ORDER BY event_date, id""", Map.of("now", now));
    }

    /** Events whose sign-up offers are linked to the given event (the bus of a photo day). */
    List<SignupEvent> linkedTo(long eventId) {
        return query("SELECT " + EVENT_COLUMNS + " FROM signup_event WHERE linked_event_id = :id AND NOT draft "
                        + "ORDER BY event_date, id",
                Map.of("id", eventId));
    }

    /** Events on or before the given day whose personal data is still kept. */
    List<SignupEvent> withPersonalDataOnOrBefore(LocalDate day) {
        return query("SELECT " + EVENT_COLUMNS
                + " FROM signup_event WHERE event_date <= :day AND personal_data_deleted_at IS NULL ORDER BY id",
                Map.of("day", day));
    }

    long insert(UUID publicId, String siteId, EventDraft draft, OffsetDateTime opens, OffsetDateTime closes,
                OffsetDateTime now) {
        jdbc.sql("INSERT INTO signup_event (public_id, site_id, kind, place, address, municipality, event_date, "
                        + "organiser_phone, signup_opens_at, signup_closes_at, departs_at, returns_at, linked_event_id, "
                        + "created_at, updated_at, " + texts(LocalizedColumns::names) + ") VALUES (:publicId, :siteId, "
                        + ":kind, :place, :address, :municipality, :date, :phone, :opens, :closes, :departs, :returns, "
                        + ":linked, :now, :now, " + texts(LocalizedColumns::placeholders) + ")")
                .param("publicId", publicId).param("siteId", siteId)
                .params(draftParams(draft, opens, closes, now))
                .update();
        return jdbc.sql("SELECT id FROM signup_event WHERE public_id = :publicId").param("publicId", publicId)
                .query(Long.class).single();
    }

    void update(long id, EventDraft draft, OffsetDateTime opens, OffsetDateTime closes, OffsetDateTime now) {
        jdbc.sql("UPDATE signup_event SET kind = :kind, place = :place, address = :address, "
                        + "municipality = :municipality, event_date = :date, organiser_phone = :phone, "
                        + "signup_opens_at = :opens, signup_closes_at = :closes, departs_at = :departs, "
                        + "returns_at = :returns, linked_event_id = :linked, updated_at = :now, "
                        + texts(LocalizedColumns::assignments) + " WHERE id = :id")
                .param("id", id)
                .params(draftParams(draft, opens, closes, now))
                .update();
    }

    Optional<SignupEvent> findByPublicId(UUID publicId) {
        return query("SELECT " + EVENT_COLUMNS + " FROM signup_event WHERE public_id = :id", Map.of("id", publicId))
                .stream().findFirst();
    }

    void link(long eventId, Long linkedEventId) {
        jdbc.sql("UPDATE signup_event SET linked_event_id = :linked WHERE id = :id")
                .param("id", eventId).param("linked", linkedEventId).update();
    }

    /** Marks a kiosk's copy of a hub event: only the hub changes it. */
    void markFromHub(long eventId) {
        jdbc.sql("UPDATE signup_event SET from_hub = TRUE WHERE id = :id").param("id", eventId).update();
    }

    /** The hub no longer offers the event here: its sign-up closes now (what was booked stays, as do the lists). */
    void closeSignup(long eventId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE signup_event SET signup_opens_at = CASE WHEN signup_opens_at < :now THEN signup_opens_at
                                                               ELSE :before END,
                       signup_closes_at = :now, updated_at = :now
                WHERE id = :id AND signup_closes_at > :now""")
                .param("id", eventId).param("now", now).param("before", now.minusSeconds(1)).update();
    }

    Optional<Slot> slotByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + SLOT_COLUMNS + " FROM signup_slot WHERE public_id = :id")
                .param("id", publicId).query(EventRepository::mapSlot).optional();
    }

    void moveSlot(long slotId, LocalTime startsAt, LocalTime endsAt, OffsetDateTime now) {
        jdbc.sql("UPDATE signup_slot SET starts_at = :startsAt, ends_at = :endsAt, updated_at = :now WHERE id = :id")
                .param("id", slotId).param("startsAt", startsAt).param("endsAt", endsAt).param("now", now).update();
    }

    /**
     * A kiosk takes in the hub's grant for a slot: capacity grows by what the grant grew (a grant never shrinks, and an
     * older answer arriving late changes nothing), and the hub's free places are noted.
     */
    void takeGrant(UUID slotPublicId, int granted, int hubFree, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE signup_slot SET capacity = capacity + (:granted - granted), granted = :granted,
                       hub_free = :hubFree, updated_at = :now
                WHERE public_id = :id AND granted <= :granted""")
                .param("id", slotPublicId).param("granted", granted).param("hubFree", Math.max(0, hubFree))
                .param("now", now).update();
    }

    /** A slot that becomes a hub slot's copy: no places until the hub grants some. Only for a slot nobody booked. */
    void holdNothing(long slotId) {
        jdbc.sql("UPDATE signup_slot SET capacity = 0, granted = 0, returned = 0, hub_free = 0 WHERE id = :id AND booked = 0")
                .param("id", slotId).update();
    }

    /** A kiosk gives back the places of a hub slot it holds and has not booked; returns how many. */
    int returnSpare(long slotId, OffsetDateTime now) {
        Integer spare = jdbc.sql("SELECT capacity - booked FROM signup_slot WHERE id = :id")
                .param("id", slotId).query(Integer.class).optional().orElse(0);
        return spare > 0 && giveBack(slotId, spare, now) ? spare : 0;
    }

    /** A kiosk gives back {@code places} of a hub slot that it holds and has not booked; false when it has fewer. */
    boolean giveBack(long slotId, int places, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE signup_slot SET returned = returned + :places, capacity = capacity - :places, updated_at = :now
                WHERE id = :id AND capacity - booked >= :places""")
                .param("id", slotId).param("places", places).param("now", now).update() == 1;
    }

    /** The places each hub slot of this kiosk has given back, all time: the kiosk's side of the grants. */
    Map<UUID, Integer> returnedPlaces() {
        return jdbc.sql("SELECT public_id, returned FROM signup_slot WHERE returned > 0")
                .query((rs, row) -> Map.entry(rs.getObject("public_id", UUID.class), rs.getInt("returned")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void markPersonalDataDeleted(long eventId, OffsetDateTime now) {
        jdbc.sql("UPDATE signup_event SET personal_data_deleted_at = :now, updated_at = :now WHERE id = :id")
                .param("id", eventId).param("now", now).update();
    }

    List<Slot> slots(long eventId) {
        return jdbc.sql("SELECT " + SLOT_COLUMNS + " FROM signup_slot WHERE event_id = :id ORDER BY starts_at, id")
                .param("id", eventId).query(EventRepository::mapSlot).list();
    }

    Optional<Slot> slot(long slotId) {
        return jdbc.sql("SELECT " + SLOT_COLUMNS + " FROM signup_slot WHERE id = :id")
                .param("id", slotId).query(EventRepository::mapSlot).optional();
    }

    long insertSlot(long eventId, String siteId, LocalTime startsAt, LocalTime endsAt, int capacity,
                    OffsetDateTime now) {
        return insertSlot(UUID.randomUUID(), eventId, siteId, startsAt, endsAt, capacity, now);
    }

    long insertSlot(UUID publicId, long eventId, String siteId, LocalTime startsAt, LocalTime endsAt, int capacity,
                    OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO signup_slot (public_id, site_id, event_id, starts_at, ends_at, capacity, booked,
                                         created_at, updated_at)
                VALUES (:publicId, :siteId, :eventId, :startsAt, :endsAt, :capacity, 0, :now, :now)""")
                .param("publicId", publicId).param("siteId", siteId).param("eventId", eventId)
                .param("startsAt", startsAt).param("endsAt", endsAt).param("capacity", capacity).param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM signup_slot WHERE public_id = :publicId").param("publicId", publicId)
                .query(Long.class).single();
    }

    /** Changes a slot; false when it already has more people than the new capacity. */
    boolean updateSlot(long slotId, LocalTime startsAt, LocalTime endsAt, int capacity, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE signup_slot SET starts_at = :startsAt, ends_at = :endsAt, capacity = :capacity, updated_at = :now
                WHERE id = :id AND booked <= :capacity""")
                .param("id", slotId).param("startsAt", startsAt).param("endsAt", endsAt).param("capacity", capacity)
                .param("now", now).update() == 1;
    }

    /** Removes a slot nobody is booked in; false otherwise. */
    boolean deleteEmptySlot(long slotId) {
        return jdbc.sql("DELETE FROM signup_slot WHERE id = :id AND booked = 0").param("id", slotId).update() == 1;
    }

    /**
     * Takes places in a slot if they are free. The row is locked until the transaction ends, so two kiosks can
     * never both take the last place; the table's CHECK refuses overbooking even if this were bypassed.
     */
    boolean reserve(long slotId, int places, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE signup_slot SET booked = booked + :places, updated_at = :now
                WHERE id = :id AND booked + :places <= capacity""")
                .param("id", slotId).param("places", places).param("now", now).update() == 1;
    }

    void release(long slotId, int places, OffsetDateTime now) {
        int updated = jdbc.sql("""
                UPDATE signup_slot SET booked = booked - :places, updated_at = :now
                WHERE id = :id AND booked >= :places""")
                .param("id", slotId).param("places", places).param("now", now).update();
        if (updated != 1) {
            throw new IllegalStateException("slot " + slotId + " has fewer than " + places + " places taken");
        }
    }

    private Map<String, Object> draftParams(EventDraft draft, OffsetDateTime opens, OffsetDateTime closes,
                                            OffsetDateTime now) {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("kind", draft.getKindCode());
        params.putAll(LocalizedColumns.parameters("title", draft.getTitle().map(String::strip)));
        params.putAll(LocalizedColumns.parameters("description", draft.getDescription().map(String::strip)));
        params.putAll(LocalizedColumns.parameters("bring", draft.getBring().map(String::strip)));
        params.putAll(LocalizedColumns.parameters("price", draft.getPrice().map(String::strip)));
        params.put("place", text(draft.getPlace()));
        params.put("address", text(draft.getAddress()));
        params.put("municipality", text(draft.getMunicipality()));
        params.put("date", draft.getDate());
        params.put("phone", text(draft.getOrganiserPhone()));
        params.put("opens", opens);
        params.put("closes", closes);
        params.put("departs", draft.getDepartsAt());
        params.put("returns", draft.getReturnsAt());
        params.put("linked", draft.getLinkedEventId());
        params.put("now", now);
        return params;
    }

    /** The columns of all the event's texts, each family as {@code columns} writes it. */
    private static String texts(Function<String, String> columns) {
        return TEXTS.stream().map(columns).collect(Collectors.joining(", "));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private List<SignupEvent> query(String sql, Map<String, ?> params) {
        Map<String, EventKind> kinds = kinds().stream().collect(Collectors.toMap(EventKind::code, Function.identity()));
        return jdbc.sql(sql).params(params).query((rs, row) -> mapEvent(rs, kinds)).list();
    }

    private static SignupEvent mapEvent(ResultSet rs, Map<String, EventKind> kinds) throws SQLException {
        return new SignupEvent(
                rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                kinds.get(rs.getString("kind")),
                LocalizedColumns.read(rs, "title"),
                rs.getString("place"), rs.getString("address"), rs.getString("municipality"),
                rs.getObject("event_date", LocalDate.class),
                LocalizedColumns.read(rs, "description"), LocalizedColumns.read(rs, "bring"),
                LocalizedColumns.read(rs, "price"),
                rs.getString("organiser_phone"),
                rs.getObject("signup_opens_at", OffsetDateTime.class),
                rs.getObject("signup_closes_at", OffsetDateTime.class),
                rs.getObject("departs_at", LocalTime.class), rs.getObject("returns_at", LocalTime.class),
                rs.getObject("linked_event_id", Long.class),
                rs.getObject("personal_data_deleted_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getBoolean("from_hub"));
    }

    private static Slot mapSlot(ResultSet rs, int row) throws SQLException {
        return new Slot(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("event_id"),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                rs.getInt("capacity"), rs.getInt("booked"), rs.getInt("hub_free"));
    }
}
