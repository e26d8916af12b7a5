package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.kiosk.ui.StepBar;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident books a ride on its own (asiointiliikenne) at the kiosk, tapping as she would, without a browser. */
@KioskTest
class RideViewTest extends SpringBrowserlessTest {

    private static final Locale FI = Locale.of("fi");
    private static final String COORDINATOR = "koordinaattori";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<Character, String> KEY_IDS = Map.of('å', "aring", 'ä', "auml", 'ö', "ouml",
            '-', "hyphen", '\'', "apostrophe", ' ', "space");

    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    RideManifests manifests;
    @Autowired
    PrinterPort printer;
    @Autowired
    Clock clock;

    record StandaloneRide(long id, String name, long firstStop, long secondStop) {
    }

    /** A ride of our own a week ahead, with a unique name: other tests' rides may be on the list too. */
    StandaloneRide ride(int seats, int wheelchairPlaces) {
        String name = "Asiointikyyti Karttulaan " + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        long id = ridePlanning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(7), LocalizedText.of(Language.FI, name), "Karttulan keskusta", Vehicle.SERVICE_MINIBUS, seats, wheelchairPlaces, LocalTime.of(13, 0),
                "Tervon kunta", "044 123 4567"), Actor.staff(COORDINATOR));
        long second = ridePlanning.addStop(id, "Kuuslahti", "Kaupan pysäkki", LocalTime.of(9, 20), Actor.staff(COORDINATOR));
        long first = ridePlanning.addStop(id, "Tervo kirkonkylä", "Kylätalon piha", LocalTime.of(9, 0), Actor.staff(COORDINATOR));
        return new StandaloneRide(id, name, first, second);
    }

    @Test
    void a_resident_books_a_ride_on_her_own_and_gets_a_large_code_and_a_boarding_slip_without_her_name() throws IOException {
        StandaloneRide ride = ride(8, 1);
        navigate(StartView.class);
        navigate(RideView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Mihin kyytiin haluat?");
        assertThat(step()).isEqualTo("Vaihe 1/7");
        assertThat(buttonText("ride-" + ride.id())).contains(ride.name(), "Karttulan keskusta");
        click("ride-" + ride.id());

        assertThat($(H1.class).single().getText()).isEqualTo("Mistä sinut haetaan?");
        assertThat(step()).isEqualTo("Vaihe 2/7");
        assertThat(buttonText("ride-stop-" + ride.firstStop())).contains("Tervo kirkonkylä, Kylätalon piha, klo 09.00");
        assertThat(buttonText("ride-stop-" + ride.secondStop()))
                .contains("Kuuslahti, Kaupan pysäkki", "8 istumapaikkaa ja 1 pyörätuolipaikka vapaana");
        click("ride-stop-" + ride.secondStop());

        assertThat($(H1.class).single().getText()).isEqualTo("Montako teitä matkustaa?");
        click("ride-seats-1");
        assertThat($(H1.class).single().getText()).isEqualTo("Tarvitaanko pyörätuolipaikka?");
        click("ride-wheelchair-no");

        assertThat($(H1.class).single().getText()).isEqualTo("Kirjoita nimesi");
        assertThat(step()).isEqualTo("Vaihe 5/7");
        type("aino");
        click("signup-next");
        type("virtanen-mäki");
        assertThat(field("signup-first-name").getValue()).isEqualTo("Aino");
        assertThat(field("signup-last-name").getValue()).isEqualTo("Virtanen-Mäki");
        click("signup-next");

        assertThat($(H1.class).single().getText()).isEqualTo("Puhelinnumerosi");
        for (char digit : "0401234567".toCharArray()) {
            click("keypad-" + digit);
        }
        assertThat(field("signup-phone").getValue()).isEqualTo("0401234567");
        click("signup-next");

        assertThat(step()).isEqualTo("Vaihe 7/7");
        assertThat($(Div.class).id("ride-summary").getElement().getTextRecursively())
                .contains(ride.name(), "Kuuslahti, Kaupan pysäkki", "Minä yksin", "Aino Virtanen-Mäki", "040 123 4567");
        click("ride-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Kyytisi on varattu");
        Div codeBox = $(Div.class).id("signup-code");
        String code = codeBox.getText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(codeBox.getClassNames()).as("the kiosk's largest type").contains("signup-code");
        assertThat(codeFontSizes()).as("codes on confirmations are 96 px or more").isNotEmpty()
                .allSatisfy(px -> assertThat(px).isGreaterThanOrEqualTo(96));
        assertThat($(Paragraph.class).id("ride-done").getText())
                .contains("Kuuslahti, Kaupan pysäkki", "klo 09.20", "1 istumapaikka");

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer,
                text -> text.contains(code) && text.contains("KYYTILIPPU"));
        assertThat(slip.text()).contains(ride.name(), "Nouto klo 09.20", "Kuuslahti", "Kaupan pysäkki",
                        "Paluu noin klo 13.00", "044 123 4567", "1 istumapaikka")
                .doesNotContain("Aino", "Virtanen", "040 123 4567", "0401234567");
        assertThat(manifests.rows(ride.id(), ListFormat.SCREEN, Actor.staff(COORDINATOR)))
                .extracting(row -> row.booking().fullName())
                .containsExactly("Aino Virtanen-Mäki");

        click("signup-done");
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void a_full_ride_shows_its_stop_as_full_and_the_last_seat_taken_meanwhile_is_refused_kindly() {
        StandaloneRide ride = ride(1, 0);
        navigate(StartView.class);
        navigate(RideView.class);
        click("ride-" + ride.id());
        click("ride-stop-" + ride.firstStop());
        click("ride-seats-1");
        // no wheelchair places on this ride: the question is not asked
        assertThat($(H1.class).single().getText()).isEqualTo("Kirjoita nimesi");
        type("eino");
        click("signup-next");
        type("myöhäinen");
        click("signup-next");
        click("signup-no-phone");

        // someone at another kiosk takes the last seat while Eino reads the summary
        rides.bookStandalone(new RideRequest(ride.secondStop(), 1, false),
                SignupFixtures.person("Nopea", "Naapuri", null), FI);
        click("ride-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Mistä sinut haetaan?");
        assertThat($(Paragraph.class).id("ride-message").getText())
                .isEqualTo("Kyydissä ei ole enää tilaa teille. Valitse toinen pysäkki tai kysy henkilökunnalta.");
        Button stop = $(Button.class).id("ride-stop-" + ride.firstStop());
        assertThat(stop.isEnabled()).isFalse();
        assertThat(stop.getElement().getTextRecursively()).contains("täynnä");
        assertThat(ridePlanning.ride(ride.id()).orElseThrow().seatsBooked()).isEqualTo(1);
        assertThat(manifests.rows(ride.id(), ListFormat.SCREEN, Actor.staff(COORDINATOR)))
                .extracting(row -> row.booking().lastName()).containsExactly("Naapuri");

        click("flow-back");
        assertThat($(H1.class).single().getText()).isEqualTo("Mihin kyytiin haluat?");
    }

    @Test
    void a_resident_cancels_her_ride_with_the_code_and_the_seat_is_free_again() {
        StandaloneRide ride = ride(8, 1);
        RideTicket ticket = rides.bookStandalone(new RideRequest(ride.firstStop(), 1, true),
                SignupFixtures.person("Kerttu", "Peruja", null), FI);
        assertThat(ridePlanning.ride(ride.id()).orElseThrow().wheelchairBooked()).isEqualTo(1);
        String code = ticket.referenceCode();

        findByCode(code, "pe");

        assertThat($(H1.class).single().getText()).isEqualTo("Varauksesi");
        assertThat($(Paragraph.class).id("change-ride").getText())
                .contains("Tervo kirkonkylä, Kylätalon piha", "klo 09.00", "1 istumapaikka, pyörätuolipaikka");
        click("change-ride-cancel");
        assertThat($(H1.class).single().getText()).isEqualTo("Haluatko perua kyydin?");
        click("change-cancel-confirm");
        assertThat($(H1.class).single().getText()).isEqualTo("Kyyti on peruttu");

        assertThat(manifests.rows(ride.id(), ListFormat.SCREEN, Actor.staff(COORDINATOR))).isEmpty();
        assertThat(ridePlanning.ride(ride.id()).orElseThrow()).satisfies(r -> {
            assertThat(r.seatsBooked()).isZero();
            assertThat(r.wheelchairBooked()).isZero();
        });
        assertThat(rides.find(code, FI).orElseThrow().cancellable()).isFalse();
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code)
                && text.contains("KYYTI PERUTTU")).text()).contains("Paikkasi on vapautettu muille.")
                .doesNotContain("Peruja");
    }

    @Test
    void a_resident_changes_her_ride_by_code_to_another_stop_for_two_and_a_change_slip_prints() {
        StandaloneRide ride = ride(8, 1);
        RideTicket ticket = rides.bookStandalone(new RideRequest(ride.firstStop(), 1, false),
                SignupFixtures.person("Helmi", "Vaihtaja", null), FI);
        String code = ticket.referenceCode();

        findByCode(code, "va");
        click("change-ride-change");
        assertThat($(H1.class).single().getText()).isEqualTo("Mistä sinut haetaan?");
        click("ride-stop-" + ride.secondStop());
        click("ride-seats-2");
        click("ride-wheelchair-no");
        assertThat($(H1.class).single().getText()).isEqualTo("Tarkista kyytisi");
        assertThat($(Div.class).id("change-ride-summary").getElement().getTextRecursively())
                .contains("Kuuslahti, Kaupan pysäkki", "Me kaksi");
        click("change-ride-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Kyytisi on muutettu");
        assertThat($(Paragraph.class).id("change-ride-done").getText()).contains("Kuuslahti", "2 istumapaikkaa");
        assertThat(ridePlanning.ride(ride.id()).orElseThrow().seatsBooked()).isEqualTo(2);
        assertThat(manifests.rows(ride.id(), ListFormat.SCREEN, Actor.staff(COORDINATOR)))
                .extracting(row -> row.stop().id() + ":" + row.booking().seats())
                .containsExactly(ride.secondStop() + ":2");
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code)
                && text.contains("KYYTI MUUTETTU")).text()).contains("Nouto klo 09.20", "2 istumapaikkaa")
                .doesNotContain("Vaihtaja");
    }

    @Test
    void a_change_the_ride_has_no_room_for_is_refused_kindly_and_the_booking_stays() {
        StandaloneRide ride = ride(2, 0);
        RideTicket ticket = rides.bookStandalone(new RideRequest(ride.firstStop(), 1, false),
                SignupFixtures.person("Into", "Kaksinen", null), FI);
        findByCode(ticket.referenceCode(), "ka");
        click("change-ride-change");
        click("ride-stop-" + ride.secondStop());
        click("ride-seats-2");
        // someone at another kiosk takes the other seat while Into reads the summary
        rides.bookStandalone(new RideRequest(ride.secondStop(), 1, false),
                SignupFixtures.person("Nopea", "Naapuri", null), FI);
        click("change-ride-confirm");

        assertThat($(H1.class).single().getText()).isEqualTo("Mistä sinut haetaan?");
        assertThat($(Paragraph.class).id("change-message").getText()).contains("Kyytisi pysyy ennallaan");
        assertThat(rides.find(ticket.referenceCode(), FI).orElseThrow().booked())
                .isEqualTo(new RideRequest(ride.firstStop(), 1, false));
        assertThat(ridePlanning.ride(ride.id()).orElseThrow().seatsBooked()).isEqualTo(2);
    }

    /** "I have a reference code": the code and the surname's first letters, as the resident types them. */
    private void findByCode(String code, String letters) {
        navigate(StartView.class);
        navigate("signup/change", KioskView.class);
        for (char c : code.toCharArray()) {
            click("osk-key-" + Character.toLowerCase(c));
        }
        click("signup-next");
        type(letters);
        click("signup-next");
    }

    /** The font sizes the kiosk's style sheet gives to reference codes. */
    private static java.util.List<Integer> codeFontSizes() throws IOException {
        try (InputStream css = RideViewTest.class.getResourceAsStream("/META-INF/resources/styles.css")) {
            assertThat(css).as("the kiosk's style sheet").isNotNull();
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            Matcher rule = Pattern.compile("([^{}]*)\\.signup-code\\s*\\{([^}]*)}").matcher(text);
            java.util.List<Integer> sizes = new java.util.ArrayList<>();
            while (rule.find()) {
                // the photo day's checked-in time takes the codes' type too, but it is a time, not a code to copy
                if (rule.group(1).contains("photo-day-check-in")) {
                    continue;
                }
                Matcher size = Pattern.compile("font-size:\\s*(\\d+)px").matcher(rule.group(2));
                if (size.find()) {
                    sizes.add(Integer.parseInt(size.group(1)));
                }
            }
            return sizes;
        }
    }

    private String step() {
        return $(StepBar.class).single().getStepText();
    }

    private String buttonText(String id) {
        return Hyphenation.plain($(Button.class).id(id).getElement().getTextRecursively());
    }

    private void type(String text) {
        for (char c : text.toCharArray()) {
            click("osk-key-" + KEY_IDS.getOrDefault(c, String.valueOf(c)));
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private OnScreenField field(String id) {
        return $(OnScreenField.class).id(id);
    }
}
