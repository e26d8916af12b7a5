package fi.palvelupiste.kiosk.i18n;

import java.util.Locale;

/** The kiosk's languages, each shown in its own name on the language buttons. */
public enum Language {
    FI("fi", "Suomi"),
    SV("sv", "Svenska"),
    EN("en", "English");

    /** The session attribute that holds the language a logged-in staff member chose for the staff pages. */
    public static final String STAFF_SESSION_ATTRIBUTE = "palvelupiste.staff-language";

    private final Locale locale;
    private final String ownName;

    Language(String code, String ownName) {
        this.locale = Locale.of(code);
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language's name in itself: "Suomi", "Svenska", "English". */
    public String ownName() {
        return ownName;
    }

    /** The language of a locale; Finnish for anything the kiosk does not speak. */
    public static Language of(Locale locale) {
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
