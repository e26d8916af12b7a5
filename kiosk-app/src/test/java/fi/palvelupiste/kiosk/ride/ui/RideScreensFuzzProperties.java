package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentScreenMonkey;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.Vehicle;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;


/**
 * Fuzz of the resident's "book a ride" screens through taps on the kiosk's keyboard, keypad, text boxes and
 * buttons, from the name step on. Each try is rolled back. The screen never fails, every text on it is translated,
 * and a booking holds names and a phone that pass the rules.
 */
@KioskTest
class RideScreensFuzzProperties extends ResidentScreenMonkey {

    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;

    record Fixture(long ride, long stop) {
    }

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = SpringProperties.committed(context, () -> {
                long ride = ridePlanning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(6), LocalizedText.of(Language.FI, "Fuzzikyyti"), "Karttula", Vehicle.SERVICE_MINIBUS, 8, 0, LocalTime.of(13, 0), "Tervon kunta",
                        "044 123 4567"), Actor.staff("fuzz-coordinator"));
                long stop = ridePlanning.addStop(ride, "Kuuslahti", "Kaupan pysäkki", LocalTime.of(9, 20), Actor.staff("fuzz-coordinator"));
                return new Fixture(ride, stop);
            });
        }
        return fixture;
    }

    @Property(tries = 200)
    void any_taps_on_the_ride_screens_fail_nothing_and_book_only_valid_names(@ForAll("taps") List<Integer> taps) {
        Fixture ride = fixture();
        rolledBack(() -> {
            long before = lastId("ride_booking");
            navigate(StartView.class);
            navigate(RideView.class);
            click("ride-" + ride.ride());
            click("ride-stop-" + ride.stop());
            click("ride-seats-1");
            play(taps, RideView.class);
            assertBookedPeopleValid("ride_booking", before);
        });
    }

    @Provide
    Arbitrary<List<Integer>> taps() {
        return taps(80);
    }
}
