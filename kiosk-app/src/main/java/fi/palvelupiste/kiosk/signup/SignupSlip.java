package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.hardware.receipt.TextSize;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Lays out the resident's slip: what, where, when, the reference code in large type, what to bring, the price,
 * the organiser's phone and a privacy line. No name and no phone number: the slip may be lost.
 */
@Component
class SignupSlip {

    /**
     * Why a slip was printed; each has a heading {@code signup.slip.<purpose>}. PROMOTED: the place given from the
     * waitlist, printed when the resident checks with her code.
     */
    enum Purpose { CONFIRMATION, WAITLIST, CHANGE, CANCEL, REPRINT, PROMOTED }

    private final SignupTexts texts;
    private final KioskProperties kiosk;
    private final SignupProperties settings;

    SignupSlip(SignupTexts texts, KioskProperties kiosk, SignupProperties settings) {
        this.texts = texts;
        this.kiosk = kiosk;
        this.settings = settings;
    }

    Receipt build(Purpose purpose, SignupEvent event, Signup signup, Slot slot, int waitlistPosition, Locale locale) {
        Receipt.Builder slip = Receipt.builder()
                .align(Align.CENTER)
                .text(kiosk.siteName())
                .bold(true).text(event.kind().name().get(locale)).bold(false)
                .text(event.title().get(locale))
                .rule()
                .bold(true).text(heading(purpose, signup, waitlistPosition, locale)).bold(false)
                .size(TextSize.TALL).text(texts.day(event.date(), locale));
        if (slot != null && signup.status() == SignupStatus.CONFIRMED) {
            slip.text(texts.slotTime(event, slot, locale));
        } else if (slot != null && purpose == Purpose.CANCEL) {
            slip.text(t(locale, "signup.slip.cancelled-time", texts.slotTime(event, slot, locale)));
        }
        slip.size(TextSize.NORMAL).text(event.place());
        if (!event.address().isBlank()) {
            slip.text(event.address());
        }
        slip.feed(1).text(t(locale, "signup.slip.code"))
                .size(TextSize.LARGE).bold(true).text(signup.referenceCode())
                .size(TextSize.NORMAL).bold(false)
                .align(Align.LEFT);
        if (purpose != Purpose.CANCEL && signup.status() == SignupStatus.WAITLISTED && signup.phone() == null) {
            slip.text(t(locale, "signup.slip.waitlist-no-phone"));
        }
        if (purpose != Purpose.CANCEL) {
            if (!event.bring().get(locale).isBlank()) {
                slip.text(t(locale, "signup.slip.bring", event.bring().get(locale)));
            }
            if (!event.price().get(locale).isBlank()) {
                slip.text(event.price().get(locale));
            }
        }
        if (!event.organiserPhone().isBlank()) {
            slip.text(t(locale, "signup.slip.phone", FinnishMobile.displayAny(event.organiserPhone())));
        }
        return slip.rule()
                .text(t(locale, purpose == Purpose.CANCEL ? "signup.slip.privacy-cancelled" : "signup.slip.privacy",
                        settings.retentionDays()))
                .cut()
                .build();
    }

    private String heading(Purpose purpose, Signup signup, int waitlistPosition, Locale locale) {
        if (signup.status() == SignupStatus.WAITLISTED && purpose != Purpose.CANCEL) {
            return t(locale, "signup.slip.waitlist", waitlistPosition);
        }
        return t(locale, "signup.slip." + purpose.name().toLowerCase(Locale.ROOT));
    }

    private String t(Locale locale, String key, Object... params) {
        return texts.t(locale, key, params);
    }
}
