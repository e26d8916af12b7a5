package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.kiosk.ui.StepBar;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "I need a ride" inside the sign-up: the seeded bus to the police permit office in Kuopio. */
@KioskTest
class SignupWithRideViewTest extends SpringBrowserlessTest {

    /** V22 and V51: the Kuopio permit trip, its chartered bus and the bus's Kuuslahti stop (08.00). */
    private static final String KUOPIO_TRIP = "6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02";
    private static final String KUOPIO_BUS = "8b3e2f40-0000-4000-8000-000000000001";
    private static final String KUOPIO_TAXI = "8b3e2f40-0000-4000-8000-000000000002";
    private static final String KUUSLAHTI_STOP = "8b3e2f40-0000-4000-8000-000000000102";
    private static final Map<Character, String> KEY_IDS = Map.of('å', "aring", 'ä', "auml", 'ö', "ouml",
            '-', "hyphen", '\'', "apostrophe", ' ', "space");

    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    PrinterPort printer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long trip;
    long kuuslahti;

    @BeforeEach
    void theSeededTrip() {
        trip = jdbc.sql("SELECT id FROM signup_event WHERE public_id = CAST(:p AS UUID)").param("p", KUOPIO_TRIP)
                .query(Long.class).single();
        kuuslahti = jdbc.sql("SELECT id FROM ride_stop WHERE public_id = CAST(:p AS UUID)").param("p", KUUSLAHTI_STOP)
                .query(Long.class).single();
        // All kiosk tests share one database: a retention test that ran earlier (RideServiceTest sweeps
        // 200 days ahead) may have deleted the seed's personal data, which closes it. Put the seed back the
        // way a fresh kiosk has it; its stops and seats were kept.
        jdbc.sql("UPDATE signup_event SET personal_data_deleted_at = NULL WHERE id = :id").param("id", trip).update();
        jdbc.sql("UPDATE ride SET personal_data_deleted_at = NULL WHERE public_id IN (CAST(:bus AS UUID), CAST(:taxi AS UUID))")
                .param("bus", KUOPIO_BUS).param("taxi", KUOPIO_TAXI).update();
        assertThat(signups.openEvents()).as("the seeded trip is open for sign-up until 9.2.2027 (today %s)",
                LocalDate.now(clock)).anySatisfy(e -> assertThat(e.id()).isEqualTo(trip));
    }

    @Test
    void a_resident_signs_up_for_the_kuopio_trip_with_a_ride_from_her_village_under_one_code() {
        int seatsBefore = seatsBooked(KUOPIO_BUS);
        navigate(StartView.class);
        navigate(SignupView.class);

        click("signup-event-" + trip);
        assertThat(step()).isEqualTo("Vaihe 2/8");
        click("signup-slot-" + signups.slots(trip).getFirst().id());
        type("aili");
        click("signup-next");
        type("kyytiläinen");
        click("signup-next");
        click("signup-no-phone");
        assertThat($(H1.class).single().getText()).isEqualTo("Tarvitsetko apua?");
        click("signup-next");
        assertThat($(H1.class).single().getText()).isEqualTo("Tarvitsetko tulkin?");
        assertThat(step()).as("the interpreter is part of the needs step").isEqualTo("Vaihe 5/8");
        click("signup-interpreter-none");

        assertThat($(H1.class).single().getText()).isEqualTo("Tarvitsetko kyydin?");
        assertThat(step()).isEqualTo("Vaihe 6/8");
        click("ride-yes");

        assertThat($(H1.class).single().getText()).isEqualTo("Mistä sinut haetaan?");
        assertThat(step()).as("the ride's questions are one step").isEqualTo("Vaihe 6/8");
        assertThat(Hyphenation.plain($(Button.class).id("ride-stop-" + kuuslahti).getElement().getTextRecursively()))
                .contains("Kuuslahti, Kylätalon piha, klo 08.00", "Tilausbussi");
        click("ride-stop-" + kuuslahti);
        assertThat($(H1.class).single().getText()).isEqualTo("Montako teitä matkustaa?");
        click("ride-seats-1");
        // the bus has no wheelchair places: the wheelchair question is not asked for its stops
        assertThat($(H1.class).single().getText()).isEqualTo("Tuleeko joku mukaasi?");
        click("signup-companion-no");

        assertThat(step()).isEqualTo("Vaihe 8/8");
        assertThat($(Div.class).id("signup-summary").getElement().getTextRecursively())
                .contains("Aili Kyytiläinen", "Kuopio",
                        "Kyyti: Kuuslahti, Kylätalon piha, klo 08.00; 1 matkustaja; pyörätuolipaikka: ei");
        click("signup-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Olet ilmoittautunut!");
        String code = $(Div.class).id("signup-code").getText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat($(Paragraph.class).id("ride-done").getText())
                .startsWith("Kyyti: Kuuslahti, Kylätalon piha")
                .contains("klo 08.00", "Tilausbussi", "1 istumapaikka");

        RideTicket ride = signupChanges.ride(code, Locale.of("fi")).orElseThrow();
        assertThat(ride.referenceCode()).as("one code covers the sign-up and the ride").isEqualTo(code);
        assertThat(ride.standalone()).isFalse();
        assertThat(ride.cancellable()).isTrue();
        assertThat(signupChanges.search(code, Actor.staff("signup-with-ride-test")).getFirst().signup().status())
                .isEqualTo(SignupStatus.CONFIRMED);
        assertThat(seatsBooked(KUOPIO_BUS)).isEqualTo(seatsBefore + 1);

        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("KYYTILIPPU"))
                .text()).contains("Nouto klo 08.00", "Kuuslahti", "Kylätalon piha", "Paluu noin klo 15.00")
                .doesNotContain("Kyytiläinen");
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("Ilmoittautuminen vahvistettu"));
    }

    private int seatsBooked(String ridePublicId) {
        return jdbc.sql("SELECT seats_booked FROM ride WHERE public_id = CAST(:p AS UUID)").param("p", ridePublicId)
                .query(Integer.class).single();
    }

    private String step() {
        return $(StepBar.class).single().getStepText();
    }

    private void type(String text) {
        for (char c : text.toCharArray()) {
            click("osk-key-" + KEY_IDS.getOrDefault(c, String.valueOf(c)));
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }
}
