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
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.SeededTrip;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "I need a ride" inside the sign-up: the seeded bus to the police permit office in Kuopio. */
@KioskTest
class SignupWithRideViewTest extends SpringBrowserlessTest {

    /** V22 and V51: the Kuopio permit trip, its chartered bus and the bus's Kuuslahti stop (08.00). */
    private static final String KUOPIO_BUS = SeededTrip.BUS;
    private static final String KUUSLAHTI_STOP = SeededTrip.KUUSLAHTI_STOP;
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
    MutableClock clock;

    long trip;
    long kuuslahti;

    @BeforeEach
    void theSeededTrip() {
        // All kiosk tests share one database and the seed's dates are absolute: put the trip where the clock is
        trip = SeededTrip.openFor(jdbc, clock);
        kuuslahti = jdbc.sql("SELECT id FROM ride_stop WHERE public_id = CAST(:p AS UUID)").param("p", KUUSLAHTI_STOP)
                .query(Long.class).single();
        assertThat(signups.openEvents()).as("the seeded trip is open for sign-up (today %s)", LocalDate.now(clock))
                .anySatisfy(e -> assertThat(e.id()).isEqualTo(trip));
    }

    @Test
    void the_seeded_trip_is_open_for_sign_up_long_after_the_dates_the_seed_was_written_with() {
        Duration years = Duration.ofDays(3 * 365);
        clock.advance(years);
        try {
            SeededTrip.openFor(jdbc, clock);
            assertThat(signups.openEvents()).as("today %s", LocalDate.now(clock))
                    .anySatisfy(e -> assertThat(e.id()).isEqualTo(trip));
        } finally {
            clock.advance(years.negated());
            SeededTrip.openFor(jdbc, clock);
        }
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
