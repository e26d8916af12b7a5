package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.kiosk.ui.ScreenProperties;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.security.Role;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz of the coordinator's rides page as the browser sends it: any text into the ride's name, operator and phone,
 * then into a stop's village and pickup point. Each try is rolled back. The page never fails; a ride and a stop are
 * saved with exactly the texts the rule allows, and otherwise a notification says what to fix.
 */
@KioskTest
class RidesScreenFuzzProperties extends ScreenProperties {

    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;

    @Override
    protected void logIn() {
        SpringProperties.logIn("fuzz-coordinator", Role.COORDINATOR);
    }

    @Property(tries = 200)
    void any_texts_on_the_rides_page_are_saved_as_typed_or_explained(@ForAll("texts") List<String> texts) {
        rolledBack(() -> {
            RidesView view = navigate(RidesView.class);
            long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM ride").query(Long.class).single();
            view.form.date.setValue(LocalDate.now(clock).plusDays(5));
            view.form.vehicle.setValue(Vehicle.SERVICE_MINIBUS);
            view.form.seats.setValue(8);
            view.form.name.field(Language.FI).setValue(texts.get(0));
            view.form.operator.setValue(texts.get(1));
            view.form.phone.setValue(texts.get(2));
            test(view.form.create).click();
            assertThat(notifications()).hasSize(1);
            assertScreenTranslated();
            List<Ride> created = ridePlanning.rides().stream().filter(r -> r.id() > before).toList();
            boolean rideAcceptable = !texts.get(0).isBlank() && acceptable(texts.get(0), "ride", "name_fi")
                    && acceptable(texts.get(1), "ride", "operator_name") && acceptable(texts.get(2), "ride", "contact_phone");
            assertThat(created).as("saved rides").hasSize(rideAcceptable ? 1 : 0);
            if (!rideAcceptable) {
                return;
            }
            assertThat(view.chosen.id()).isEqualTo(created.getFirst().id());
            FuzzChecks.assertStored(created.getFirst().name().in(Language.FI), FuzzChecks.cleaned(texts.get(0), false),
                    FuzzChecks.columnLength(jdbc, "ride", "name_fi"), false);
            view.village.setValue(texts.get(3));
            view.pickupPoint.setValue(texts.get(4));
            view.pickupAt.setValue(LocalTime.of(9, 0));
            test(view.addStop).click();
            assertScreenTranslated();
            List<RideStop> stops = ridePlanning.stops(view.chosen.id());
            boolean stopAcceptable = !texts.get(3).isBlank() && acceptable(texts.get(3), "ride_stop", "village")
                    && acceptable(texts.get(4), "ride_stop", "pickup_point");
            assertThat(stops).as("saved stops").hasSize(stopAcceptable ? 1 : 0);
            if (stopAcceptable) {
                FuzzChecks.assertStored(stops.getFirst().village(), FuzzChecks.cleaned(texts.get(3), false),
                        FuzzChecks.columnLength(jdbc, "ride_stop", "village"), false);
                FuzzChecks.assertStored(stops.getFirst().pickupPoint(), FuzzChecks.cleaned(texts.get(4), false),
                        FuzzChecks.columnLength(jdbc, "ride_stop", "pickup_point"), false);
            }
        });
    }

    private boolean acceptable(String text, String table, String column) {
        return FuzzChecks.acceptable(text, FuzzChecks.columnLength(jdbc, table, column), false);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.oneOf(FuzzText.plain(1, 30), FuzzText.anyText()).list().ofSize(5);
    }
}
