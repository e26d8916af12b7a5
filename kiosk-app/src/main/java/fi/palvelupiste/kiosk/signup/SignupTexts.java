package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.resident.Needs;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.i18n.DateWords;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Slot times and needs in words (days and times: {@link DateWords}), the same on screens, slips, lists and exports. */
@Component
public class SignupTexts extends DateWords {

    public SignupTexts(I18NProvider i18n) {
        super(i18n);
    }

    /** "klo 10.20–10.30", or for a trip "lähtö klo 8.30, paluu noin klo 15.00". */
    public String slotTime(SignupEvent event, Slot slot, Locale locale) {
        if (event.kind().unit() == BookingUnit.SEATS) {
            return t(locale, "signup.seats.time", time(slot.startsAt(), locale), time(slot.endsAt(), locale));
        }
        return t(locale, "signup.slot.time", time(slot.startsAt(), locale), time(slot.endsAt(), locale));
    }

    /** "pyörätuoli, apu sähköiseen hakemukseen, tulkki: arabia", or "" for none. */
    public String needs(Needs needs, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (needs.applicationHelp()) {
            parts.add(t(locale, "signup.needs.help.short"));
        }
        if (needs.wheelchair()) {
            parts.add(t(locale, "signup.needs.wheelchair.short"));
        }
        if (needs.interpreterLanguage() != null) {
            parts.add(t(locale, "signup.needs.interpreter.short", interpreter(needs.interpreterLanguage(), locale)));
        }
        return String.join(", ", parts);
    }

    public String interpreter(String code, Locale locale) {
        return t(locale, "signup.interpreter." + code);
    }

    /**
     * What a code lookup that found nothing to show tells the resident: not found (and other sites not checked),
     * made at another site, or wait before the next try. Shared by every screen that asks for a reference code.
     */
    public String lookupProblem(CodeLookup lookup, Locale locale) {
        return switch (lookup) {
            case CodeLookup.NotFound notFound -> t(locale, "change.not-found")
                    + (notFound.otherSitesUnchecked() ? " " + t(locale, "change.not-found.other-sites") : "");
            case CodeLookup.MadeElsewhere elsewhere -> t(locale, "change.made-elsewhere", elsewhere.siteName(),
                    FinnishMobile.displayAny(elsewhere.organiserPhone()));
            case CodeLookup.Wait wait -> t(locale, wait.deviceWide() ? "change.wait-device" : "change.wait",
                    Math.max(1, wait.remaining().toSeconds()));
            case CodeLookup.Found found -> throw new IllegalArgumentException("a booking was found");
            case CodeLookup.RideFound found -> throw new IllegalArgumentException("a ride was found");
        };
    }
}
