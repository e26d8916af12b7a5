package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.staff.ui.A4Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's manifest on A4: every phone printed formatted and kept on one line. */
@KioskTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class RideManifestPrintViewTest extends SpringBrowserlessTest {

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    Clock clock;

    @Test
    void the_contact_and_passenger_phones_are_printed_formatted_and_never_split() {
        long trip = SignupFixtures.trip(planning, clock, 40, null);
        long bus = ridePlanning.save(null, new RideDraft(trip, null, LocalizedText.of(Language.FI, "Tilausbussi"),
                "Kuopio", Vehicle.BUS, 40, 0, LocalTime.of(15, 0), "Tervon Liikenne", "0441112233"),
                Actor.staff("koordinaattori"));
        long stop = ridePlanning.addStop(bus, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15),
                Actor.staff("koordinaattori"));
        signups.signUp(new SignupRequest(trip, signups.slots(trip).getFirst().id(),
                SignupFixtures.person("Aino", "Virtanen", "0401234567"), null, Locale.of("fi")),
                new RideRequest(stop, 1, false));

        RideManifestPrintView a4 = navigate("admin/rides/" + bus + "/a4", RideManifestPrintView.class);

        assertThat($(Span.class).withClassName(A4Table.PHONE_CLASS).single().getText()).isEqualTo("044 111 2233");
        NativeTableCell phone = a4.table.getBody().getRow(0)
                .flatMap(row -> row.getCell(RideManifests.PHONE_COLUMN)).map(NativeTableCell.class::cast).orElseThrow();
        assertThat(phone.getText()).isEqualTo("040 123 4567");
        assertThat(phone.getClassNames()).contains(A4Table.PHONE_CLASS);
    }
}
