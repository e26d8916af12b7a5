package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * An event residents sign up for. Texts come in Finnish, Swedish and English; an empty Swedish or English text
 * falls back to the Finnish one.
 *
 * @param linkedEventId the event whose sign-up offers this one (a bus trip linked to its photo day), or null
 * @param fromHub       on a kiosk: the event came from the hub, which alone changes it
 */
public record SignupEvent(
        long id, UUID publicId, String siteId, EventKind kind,
        String titleFi, String titleSv, String titleEn,
        String place, String address, String municipality, LocalDate date,
        String descriptionFi, String descriptionSv, String descriptionEn,
        String bringFi, String bringSv, String bringEn,
        String priceFi, String priceSv, String priceEn,
        String organiserPhone, OffsetDateTime signupOpensAt, OffsetDateTime signupClosesAt,
        LocalTime departsAt, LocalTime returnsAt, Long linkedEventId,
        OffsetDateTime personalDataDeletedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean fromHub) {

    public String title(Locale locale) {
        return pick(locale, titleFi, titleSv, titleEn);
    }

    public String description(Locale locale) {
        return pick(locale, descriptionFi, descriptionSv, descriptionEn);
    }

    public String bring(Locale locale) {
        return pick(locale, bringFi, bringSv, bringEn);
    }

    public String price(Locale locale) {
        return pick(locale, priceFi, priceSv, priceEn);
    }

    /** Residents can sign up (or change) now. */
    public boolean openAt(Instant now) {
        return personalDataDeletedAt == null && !now.isBefore(signupOpensAt.toInstant())
                && now.isBefore(signupClosesAt.toInstant());
    }

    private static String pick(Locale locale, String fi, String sv, String en) {
        return Language.of(locale).pick(fi, sv, en);
    }
}
