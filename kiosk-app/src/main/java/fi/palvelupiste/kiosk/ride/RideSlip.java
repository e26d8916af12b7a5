package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The boarding slip: what the ride is for, the stop and pickup time in large type, vehicle, return time, the
 * contact phone and the reference code. No name and no phone number: the slip may be lost. At most 800 bytes.
 */
@Component
public class RideSlip {

    /** Why a slip was printed; each has a heading {@code ride.slip.<purpose>}. */
    public enum Purpose { CONFIRMATION, CHANGE, CANCEL }

    private final SignupTexts texts;
    private final KioskProperties kiosk;

    public RideSlip(SignupTexts texts, KioskProperties kiosk) {
        this.texts = texts;
        this.kiosk = kiosk;
    }

    /** @param what the event's title, or the ride's name for a ride on its own */
    public Receipt build(Purpose purpose, String what, Ride ride, RideStop stop, RideBooking booking, Locale locale) {
        Receipt.Builder slip = Receipt.builder()
                .align(Align.CENTER)
                .text(kiosk.siteName())
                .bold(true).text(t(locale, "ride.slip." + purpose.name().toLowerCase(Locale.ROOT))).bold(false)
                .text(what)
                .rule()
                .size(TextSize.TALL).text(texts.day(ride.date(), locale))
                .text(t(locale, "ride.slip.pickup", texts.time(stop.pickupAt(), locale)))
                .size(TextSize.NORMAL).bold(true).text(stop.village()).bold(false);
        if (!stop.pickupPoint().isBlank()) {
            slip.text(stop.pickupPoint());
        }
        slip.feed(1).text(t(locale, "ride.slip.code"))
                .size(TextSize.LARGE).bold(true).text(booking.referenceCode())
                .size(TextSize.NORMAL).bold(false)
                .align(Align.LEFT)
                .text(t(locale, "ride.slip.vehicle", t(locale, ride.vehicle().messageKey())))
                .text(places(booking, locale));
        if (purpose != Purpose.CANCEL && ride.returnsAt() != null) {
            slip.text(t(locale, "ride.slip.return", texts.time(ride.returnsAt(), locale)));
        }
        if (!ride.contactPhone().isBlank()) {
            slip.text(t(locale, "ride.slip.phone", FinnishMobile.displayAny(ride.contactPhone())));
        }
        return slip.rule()
                .text(t(locale, purpose == Purpose.CANCEL ? "ride.slip.privacy-cancelled" : "ride.slip.privacy"))
                .cut()
                .build();
    }

    /** "2 istumapaikkaa, pyörätuolipaikka" */
    public String places(RideBooking booking, Locale locale) {
        String seats = t(locale, "ride.places.seats", booking.seats());
        return booking.wheelchair() ? (booking.seats() == 0 ? t(locale, "ride.places.wheelchair")
                : seats + ", " + t(locale, "ride.places.wheelchair")) : seats;
    }

    private String t(Locale locale, String key, Object... params) {
        return texts.t(locale, key, params);
    }
}
