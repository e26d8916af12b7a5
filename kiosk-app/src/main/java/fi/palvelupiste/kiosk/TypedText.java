package fi.palvelupiste.kiosk;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.function.Function;

/**
 * The rule for what staff and coordinators type into the editors (event texts, rides and stops, services, desks,
 * display names): spaces around it are dropped, and it is refused when it is longer than its database column or
 * holds a character that is no text — a control character (a line break only in a field of several lines), an
 * invisible format character (bidi override, zero width, soft hyphen), an unpaired surrogate, or a line or
 * paragraph separator. Such characters would reach screens, slips and CSV files as garbage or reorder what a
 * screen shows, and an unpaired surrogate cannot be stored in PostgreSQL at all. Lengths are counted in UTF-16
 * units, as H2 counts its VARCHAR columns (PostgreSQL counts code points, never more).
 */
public final class TypedText {

    /** Why a text was refused; the messages are {@code <feature>.error.too-long} and {@code ….characters}. */
    public enum Problem { TOO_LONG, CHARACTERS }

    /**
     * A refused text, for the message that tells what to fix: {0} the field's label, {1} its longest length.
     *
     * @param fieldKey the message key of the field's label
     * @param language the language of a text written in several ({@link LocalizedText}), else null
     */
    public record Refusal(Problem problem, String fieldKey, int maxLength, @Nullable Language language)
            implements java.io.Serializable {

        public Refusal(Problem problem, String fieldKey, int maxLength) {
            this(problem, fieldKey, maxLength, null);
        }

        /** {@code too-long} or {@code characters}. */
        public String messageSuffix() {
            return problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private TypedText() {
    }

    /** The text as it is checked and stored: spaces around it dropped; in a field of several lines, only LF breaks. */
    public static String clean(String raw, boolean multiline) {
        if (raw == null) {
            return "";
        }
        String text = raw.strip();
        return multiline ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    /** Why a {@link #clean cleaned} text of the field with this label cannot be stored, or empty when it can. */
    public static Optional<Refusal> check(String cleaned, String fieldKey, int maxLength, boolean multiline) {
        return problem(cleaned, maxLength, multiline).map(problem -> new Refusal(problem, fieldKey, maxLength));
    }

    /**
     * The text {@link #clean cleaned}, when it can be stored; otherwise the feature's exception made by {@code refuse}
     * is thrown, naming the field by its label's message key.
     */
    public static String require(String raw, String fieldKey, int maxLength, boolean multiline,
                                 Function<Refusal, ? extends RuntimeException> refuse) {
        String text = clean(raw, multiline);
        Optional<Refusal> refusal = check(text, fieldKey, maxLength, multiline);
        if (refusal.isPresent()) {
            throw refuse.apply(refusal.get());
        }
        return text;
    }

    /**
     * Each language's text {@link #clean cleaned}, when every one can be stored; otherwise the first refused one
     * (in {@link Language}'s order) is thrown as the feature's exception, naming the field and the language.
     */
    public static LocalizedText require(LocalizedText raw, String fieldKey, int maxLength, boolean multiline,
                                        Function<Refusal, ? extends RuntimeException> refuse) {
        LocalizedText cleaned = raw.map(text -> clean(text, multiline));
        for (Language language : Language.writtenTexts()) {
            Optional<Problem> problem = problem(cleaned.in(language), maxLength, multiline);
            if (problem.isPresent()) {
                throw refuse.apply(new Refusal(problem.get(), fieldKey, maxLength, language));
            }
        }
        return cleaned;
    }

    /** What is wrong with a {@link #clean cleaned} text, or empty when it can be stored. */
    public static Optional<Problem> problem(String cleaned, int maxLength, boolean multiline) {
        if (cleaned.length() > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return isText(cleaned, multiline) ? Optional.empty() : Optional.of(Problem.CHARACTERS);
    }

    /** Whether the text holds only characters that are text (a line feed only when it has several lines). */
    public static boolean isText(String text, boolean multiline) {
        return text.codePoints().noneMatch(cp -> {
            int type = Character.getType(cp);
            return (Character.isISOControl(cp) && !(multiline && cp == '\n')) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
        });
    }
}
