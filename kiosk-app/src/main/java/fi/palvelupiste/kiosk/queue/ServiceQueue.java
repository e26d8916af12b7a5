package fi.palvelupiste.kiosk.queue;

import fi.palvelupiste.kiosk.i18n.Language;

import java.util.Locale;

/**
 * A service residents queue for at this site, e.g. "Digituki" (digital support) with ticket prefix A.
 * Names and a one-line hint in each kiosk language.
 */
public record ServiceQueue(
        long id,
        String prefix,
        String nameFi,
        String nameSv,
        String nameEn,
        String hintFi,
        String hintSv,
        String hintEn,
        boolean open,
        int sortOrder) {

    public String name(Locale locale) {
        return switch (Language.of(locale)) {
            case FI -> nameFi;
            case SV -> nameSv;
            case EN -> nameEn;
        };
    }

    public String hint(Locale locale) {
        return switch (Language.of(locale)) {
            case FI -> hintFi;
            case SV -> hintSv;
            case EN -> hintEn;
        };
    }
}
