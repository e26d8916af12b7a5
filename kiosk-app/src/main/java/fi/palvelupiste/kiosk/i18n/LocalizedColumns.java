package fi.palvelupiste.kiosk.i18n;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a {@link LocalizedText} is stored: one column {@code <field>_<code>} per {@link Language#writtenTexts()
 * language} ({@code title_fi}, {@code title_sv}, … {@code title_et}), each NOT NULL with '' for "not written". Every
 * repository reads and writes its texts through here, so a new language is a migration and nothing more.
 */
public final class LocalizedColumns {

    private LocalizedColumns() {
    }

    /** {@code title_fi, title_sv, …}, for a SELECT or an INSERT's column list; a table alias may lead the field. */
    public static String names(String field) {
        return each(language -> column(field, language));
    }

    /** {@code :title_fi, :title_sv, …}, for an INSERT's VALUES with {@link #parameters}. */
    public static String placeholders(String field) {
        return each(language -> ":" + column(field, language));
    }

    /** {@code title_fi = :title_fi, …}, for an UPDATE's SET with {@link #parameters}. */
    public static String assignments(String field) {
        return each(language -> column(field, language) + " = :" + column(field, language));
    }

    /** The named parameters of {@link #placeholders} and {@link #assignments}: each language's text, '' if none. */
    public static Map<String, Object> parameters(String field, LocalizedText text) {
        Map<String, Object> parameters = new HashMap<>();
        Language.writtenTexts().forEach(language -> parameters.put(column(field, language), text.in(language)));
        return parameters;
    }

    /** The text of a row read with {@link #names} (the column labels without an alias). */
    public static LocalizedText read(ResultSet row, String field) throws SQLException {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.writtenTexts()) {
            texts.put(language, row.getString(column(field, language)));
        }
        return new LocalizedText(texts);
    }

    private static String column(String field, Language language) {
        return field + "_" + language.code();
    }

    private static String each(Function<Language, String> part) {
        return Language.writtenTexts().stream().map(part).collect(Collectors.joining(", "));
    }
}
