package fi.palvelupiste.kiosk.i18n;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The kiosk's languages, each shown in its own name on the language buttons. Residents have all of them, and so do
 * the texts coordinators write (events, rides, services, forms: {@link #writtenTexts()}); staff pages are in Finnish,
 * Swedish and English ({@link #staffPages()}). A text missing in a language falls back along {@link #fallbacks()}:
 * Swedish and English to Finnish, the others to English and then Finnish.
 */
public enum Language {
    FI("fi", "Suomi", false),
    SV("sv", "Svenska", false),
    EN("en", "English", false),
    UK("uk", "Українська", false),
    RU("ru", "Русский", false),
    AR("ar", "العربية", true),
    SO("so", "Soomaali", false),
    ET("et", "Eesti", false);

    /** The session attribute that holds the language a logged-in staff member chose for the staff pages. */
    public static final String STAFF_SESSION_ATTRIBUTE = "palvelupiste.staff-language";

    private static final List<Language> STAFF_PAGES = List.of(FI, SV, EN);
    private static final List<Language> WRITTEN_TEXTS = List.of(values());

    private final Locale locale;
    private final String ownName;
    private final boolean rightToLeft;

    Language(String code, String ownName, boolean rightToLeft) {
        // Arabic screens and slips show Western digits, as queue numbers and reference codes are written
        this.locale = rightToLeft ? Locale.forLanguageTag(code + "-u-nu-latn") : Locale.of(code);
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language's name in itself: "Suomi", "Svenska", "Українська". */
    public String ownName() {
        return ownName;
    }

    /** Whether its screens run right to left (Arabic). */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The languages of the staff pages, and of the kiosk header's own buttons: Finnish, Swedish and English. */
    public static List<Language> staffPages() {
        return STAFF_PAGES;
    }

    /** Whether staff pages exist in this language (and the kiosk's header has a button of its own for it). */
    public boolean isStaffPage() {
        return STAFF_PAGES.contains(this);
    }

    /** The languages coordinators write their texts in: all of them, the staff pages' three first. */
    public static List<Language> writtenTexts() {
        return WRITTEN_TEXTS;
    }

    /** This language, then where its missing texts come from, ending with Finnish. */
    public List<Language> fallbacks() {
        return switch (this) {
            case FI -> List.of(FI);
            case SV, EN -> List.of(this, FI);
            default -> List.of(this, EN, FI);
        };
    }

    /** The first of the staff pages' languages that a reader of this one gets a staff page in. */
    public Language staffPageFallback() {
        return fallbacks().stream().filter(Language::isStaffPage).findFirst().orElse(FI);
    }

    /** The language of a locale; Finnish for anything the kiosk does not speak. */
    public static Language of(@Nullable Locale locale) {
        if (locale != null) {
            for (Language language : values()) {
                if (language.code().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return FI;
    }

    public static Language ofCode(String code) {
        return of(Locale.of(code));
    }
}
