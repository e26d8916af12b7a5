package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.i18n.LocalizedColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Repository
class FormRepository {

    private static final String FORM_COLUMNS = "f.id, f.public_id, f.site_id, f.code, f.sort_order, "
            + "f.published_version_id, f.created_at, f.updated_at";
    private static final String VERSION_COLUMNS = "v.id, v.public_id, v.site_id, v.form_id, v.version_number, "
            + "v.status, " + LocalizedColumns.names("v.title") + ", " + LocalizedColumns.names("v.description") + ", "
            + LocalizedColumns.names("v.content") + ", v.edited_by, v.created_at, v.updated_at, v.published_at, "
            + "v.print_with_finnish";

    private final JdbcClient jdbc;

    FormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Form> forms() {
        return jdbc.sql("SELECT " + FORM_COLUMNS + " FROM form f ORDER BY f.sort_order, f.id")
                .query(FormRepository::mapForm).list();
    }

    Optional<Form> form(UUID publicId) {
        return jdbc.sql("SELECT " + FORM_COLUMNS + " FROM form f WHERE f.public_id = :id")
                .param("id", publicId).query(FormRepository::mapForm).optional();
    }

    /** A kiosk's copy of a hub form: read-only here, in the hub's order. */
    void markFromHub(long formId, int sortOrder, OffsetDateTime now) {
        jdbc.sql("UPDATE form SET from_hub = TRUE, sort_order = :sortOrder, updated_at = :now WHERE id = :id")
                .param("id", formId).param("sortOrder", sortOrder).param("now", now).update();
    }

    boolean fromHub(long formId) {
        return jdbc.sql("SELECT from_hub FROM form WHERE id = :id").param("id", formId).query(Boolean.class).single();
    }

    Optional<FormVersion> versionByPublicId(UUID publicId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM form_version v WHERE v.public_id = :id")
                .param("id", publicId).query(FormRepository::mapVersion).optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM form WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    int nextSortOrder() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM form").query(Integer.class).single();
    }

    long insertForm(UUID publicId, String siteId, String code, int sortOrder, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO form (public_id, site_id, code, sort_order, created_at, updated_at)
                VALUES (:publicId, :siteId, :code, :sortOrder, :now, :now)""")
                .param("publicId", publicId).param("siteId", siteId).param("code", code)
                .param("sortOrder", sortOrder).param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM form WHERE public_id = :publicId").param("publicId", publicId)
                .query(Long.class).single();
    }

    /** The published versions of all forms that have one, in the kiosk's order. */
    List<PublishedForm> published() {
        return forms().stream()
                .filter(form -> form.publishedVersionId() != null)
                .flatMap(form -> version(form.publishedVersionId()).map(v -> new PublishedForm(form, v)).stream())
                .toList();
    }

    Optional<FormVersion> version(long versionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM form_version v WHERE v.id = :id")
                .param("id", versionId).query(FormRepository::mapVersion).optional();
    }

    Optional<FormVersion> newestVersion(long formId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM form_version v WHERE v.form_id = :formId "
                        + "ORDER BY v.version_number DESC FETCH FIRST 1 ROWS ONLY")
                .param("formId", formId).query(FormRepository::mapVersion).optional();
    }

    List<FormVersion> versions(long formId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM form_version v WHERE v.form_id = :formId "
                        + "ORDER BY v.version_number DESC")
                .param("formId", formId).query(FormRepository::mapVersion).list();
    }

    long insertVersion(UUID publicId, String siteId, long formId, int number, FormContent content, String editor,
                       OffsetDateTime now) {
        jdbc.sql("INSERT INTO form_version (public_id, site_id, form_id, version_number, status, "
                        + LocalizedColumns.names("title") + ", " + LocalizedColumns.names("description") + ", "
                        + LocalizedColumns.names("content")
                        + ", print_with_finnish, edited_by, created_at, updated_at) "
                        + "VALUES (:publicId, :siteId, :formId, :number, 'DRAFT', "
                        + LocalizedColumns.placeholders("title") + ", " + LocalizedColumns.placeholders("description")
                        + ", " + LocalizedColumns.placeholders("content") + ", :printWithFinnish, :editor, :now, :now)")
                .param("publicId", publicId).param("siteId", siteId).param("formId", formId).param("number", number)
                .params(textParameters(content.texts())).param("printWithFinnish", content.printWithFinnish())
                .param("editor", editor).param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM form_version WHERE public_id = :publicId").param("publicId", publicId)
                .query(Long.class).single();
    }

    /** Changes a draft's texts; false when the version is no longer a draft (someone published it meanwhile). */
    boolean updateDraft(long versionId, FormContent content, String editor, OffsetDateTime now) {
        return jdbc.sql("UPDATE form_version SET " + LocalizedColumns.assignments("title") + ", "
                        + LocalizedColumns.assignments("description") + ", " + LocalizedColumns.assignments("content")
                        + ", print_with_finnish = :printWithFinnish, edited_by = :editor, updated_at = :now "
                        + "WHERE id = :id AND status = 'DRAFT'")
                .params(textParameters(content.texts())).param("printWithFinnish", content.printWithFinnish())
                .param("editor", editor).param("now", now).param("id", versionId)
                .update() == 1;
    }

    /** Makes a draft the published version of its form; the version published before is retired. */
    boolean publish(long formId, long versionId, String editor, OffsetDateTime now) {
        if (jdbc.sql("""
                UPDATE form_version SET status = 'PUBLISHED', published_at = :now, updated_at = :now,
                       edited_by = :editor
                WHERE id = :id AND form_id = :formId AND status = 'DRAFT'""")
                .param("id", versionId).param("formId", formId).param("now", now).param("editor", editor)
                .update() != 1) {
            return false;
        }
        jdbc.sql("""
                UPDATE form_version SET status = 'RETIRED', updated_at = :now
                WHERE form_id = :formId AND status = 'PUBLISHED' AND id <> :id""")
                .param("formId", formId).param("id", versionId).param("now", now).update();
        jdbc.sql("UPDATE form SET published_version_id = :id, updated_at = :now WHERE id = :formId")
                .param("id", versionId).param("formId", formId).param("now", now).update();
        return true;
    }

    /** One more print of a form on a day in a language; returns the count's public id. */
    UUID countPrint(long formId, LocalDate day, String language) {
        int updated = jdbc.sql("""
                UPDATE form_print_count SET prints = prints + 1
                WHERE form_id = :formId AND print_day = :day AND language = :language""")
                .param("formId", formId).param("day", day).param("language", language).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO form_print_count (form_id, print_day, language, prints, public_id)
                    VALUES (:formId, :day, :language, 1, :publicId)""")
                    .param("formId", formId).param("day", day).param("language", language)
                    .param("publicId", UUID.randomUUID()).update();
        }
        return jdbc.sql("""
                SELECT public_id FROM form_print_count
                WHERE form_id = :formId AND print_day = :day AND language = :language""")
                .param("formId", formId).param("day", day).param("language", language).query(UUID.class).single();
    }

    /** Which form, day and language a count is of. */
    record PrintCountOf(UUID form, String code, LocalDate day, String language) {
    }

    Optional<PrintCountOf> printCountOf(UUID publicId) {
        return jdbc.sql("""
                SELECT f.public_id, f.code, c.print_day, c.language
                FROM form_print_count c JOIN form f ON f.id = c.form_id WHERE c.public_id = :publicId""")
                .param("publicId", publicId)
                .query((rs, row) -> new PrintCountOf(rs.getObject("public_id", UUID.class), rs.getString("code"),
                        rs.getObject("print_day", LocalDate.class), rs.getString("language")))
                .optional();
    }

    /** Every count's public id, oldest day first. */
    List<UUID> printCountIds() {
        return jdbc.sql("SELECT public_id FROM form_print_count ORDER BY print_day, form_id, language")
                .query(UUID.class).list();
    }

    // ---- the hub's copies of its sites' counts

    void storeSitePrints(FormPrintsRecord record, boolean held) {
        FormPrintCount count = record.count();
        jdbc.sql(held ? """
                UPDATE site_form_prints SET form_id = :form, form_code = :code, form_title = :title, print_day = :day,
                    language = :language, prints = :prints, sync_version = :version
                WHERE public_id = :publicId""" : """
                INSERT INTO site_form_prints (public_id, site_id, form_id, form_code, form_title, print_day, language,
                    prints, sync_version)
                VALUES (:publicId, :site, :form, :code, :title, :day, :language, :prints, :version)""")
                .param("publicId", record.publicId()).param("site", record.siteId()).param("form", record.form())
                .param("code", count.code()).param("title", count.title()).param("day", count.day())
                .param("language", count.language()).param("prints", count.prints())
                .param("version", record.version()).update();
    }

    /** Every site's counts from {@code from} to {@code to}, by site, day, form and language. */
    List<FormPrintsRecord> sitePrints(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT public_id, site_id, form_id, form_code, form_title, print_day, language, prints, sync_version
                FROM site_form_prints WHERE print_day BETWEEN :from AND :to
                ORDER BY site_id, print_day, form_title, language""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new FormPrintsRecord(rs.getObject("public_id", UUID.class), rs.getString("site_id"),
                        rs.getObject("form_id", UUID.class),
                        new FormPrintCount(rs.getObject("print_day", LocalDate.class), rs.getString("form_code"),
                                rs.getString("form_title"), rs.getString("language"), rs.getInt("prints")),
                        rs.getLong("sync_version")))
                .list();
    }

    /** Prints per form from {@code from} to {@code to}, both included, all languages. */
    Map<Long, Integer> printsPerForm(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT form_id, SUM(prints) AS prints FROM form_print_count
                WHERE print_day BETWEEN :from AND :to GROUP BY form_id""")
                .param("from", from).param("to", to)
                .query((rs, row) -> Map.entry(rs.getLong("form_id"), rs.getInt("prints"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Per day, form and language, with the form's current Finnish title. */
    List<FormPrintCount> printCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT c.print_day, f.code, COALESCE(p.title_fi, n.title_fi, f.code) AS title, c.language, c.prints
                FROM form_print_count c
                JOIN form f ON f.id = c.form_id
                LEFT JOIN form_version p ON p.id = f.published_version_id
                LEFT JOIN form_version n ON n.form_id = f.id AND n.version_number = 1
                WHERE c.print_day BETWEEN :from AND :to
                ORDER BY c.print_day, f.sort_order, f.id, c.language""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new FormPrintCount(rs.getObject("print_day", LocalDate.class),
                        rs.getString("code"), rs.getString("title"), rs.getString("language"), rs.getInt("prints")))
                .list();
    }

    private static Map<String, Object> textParameters(FormTexts texts) {
        Map<String, Object> parameters = new HashMap<>(LocalizedColumns.parameters("title", texts.title()));
        parameters.putAll(LocalizedColumns.parameters("description", texts.description()));
        parameters.putAll(LocalizedColumns.parameters("content", texts.markup()));
        return parameters;
    }

    private static Form mapForm(ResultSet rs, int row) throws SQLException {
        return new Form(
                rs.getLong("id"),
                rs.getObject("public_id", UUID.class),
                rs.getString("site_id"),
                rs.getString("code"),
                rs.getInt("sort_order"),
                rs.getObject("published_version_id", Long.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static FormVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new FormVersion(
                rs.getLong("id"),
                rs.getObject("public_id", UUID.class),
                rs.getString("site_id"),
                rs.getLong("form_id"),
                rs.getInt("version_number"),
                FormStatus.valueOf(rs.getString("status")),
                new FormTexts(LocalizedColumns.read(rs, "title"), LocalizedColumns.read(rs, "description"),
                        LocalizedColumns.read(rs, "content")),
                rs.getString("edited_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getBoolean("print_with_finnish"));
    }
}
