package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditEntry;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.Vehicle;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff at the desk change or cancel a resident's ride on the bookings page, for a sign-up's ride or one on its own. */
@KioskTest
@WithMockUser(username = "virkailija", roles = {"STAFF"})
class StaffRideBookingsTest extends SpringBrowserlessTest {

    private static final Locale FI = Language.FI.locale();
    private static final Actor COORDINATOR = Actor.staff("koordinaattori");

    @Autowired
    RidePlanning planning;
    @Autowired
    RideBookings rides;
    @Autowired
    EventPlanning events;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges changes;
    @Autowired
    AuditLog audit;
    @Autowired
    PrinterPort printer;
    @Autowired
    Clock clock;

    @Test
    void staff_find_a_ride_booked_on_its_own_by_its_code_and_cancel_it_with_a_slip_in_the_residents_language() {
        long ride = planning.save(null, new RideDraft(null, LocalDate.now(clock).plusDays(6),
                LocalizedText.of(Language.FI, "Asiointikyyti"), "Karttula", Vehicle.SERVICE_MINIBUS, 8, 1,
                LocalTime.of(13, 0), "Kunta", "044 123 4567"), COORDINATOR);
        long stop = planning.addStop(ride, "Kuuslahti", "Kaupan pysäkki", LocalTime.of(9, 20), COORDINATOR);
        RideTicket ticket = rides.bookStandalone(new RideRequest(stop, 1, true),
                SignupFixtures.person("Karin", "Puhelimessa", null), Language.SV.locale());
        StaffBookingsView view = navigate(StaffBookingsView.class);

        view.query.setValue(ticket.referenceCode().toLowerCase(Locale.ROOT));
        test($(Button.class).id("bookings-search")).click();
        assertThat(view.selected.getElement().getTextRecursively()).contains(ticket.referenceCode(), "Kuuslahti");
        test($(Button.class).id("bookings-ride-cancel")).click();

        assertThat(changes.ride(ticket.referenceCode(), FI).orElseThrow().cancellable()).isFalse();
        assertThat(planning.ride(ride).orElseThrow().seatsBooked()).isZero();
        assertThat(planning.ride(ride).orElseThrow().wheelchairBooked()).isZero();
        assertThat(audit.newest(5)).extracting(AuditEntry::what)
                .contains("cancelled ride booking " + ticket.referenceCode());
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(ticket.referenceCode())
                && text.contains("SKJUTS AVBOKAD"));
    }

    @Test
    void staff_change_the_ride_of_a_sign_up_to_another_stop_and_a_wheelchair_place_keeping_the_sign_up() {
        long trip = SignupFixtures.trip(events, clock, 40, null);
        long bus = planning.save(null, new RideDraft(trip, null, LocalizedText.of(Language.FI, "Tilausbussi"), "Kuopio",
                Vehicle.BUS, 20, 1, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), COORDINATOR);
        long karttula = planning.addStop(bus, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15), COORDINATOR);
        long kuuslahti = planning.addStop(bus, "Kuuslahti", "Kylätalon piha", LocalTime.of(8, 0), COORDINATOR);
        String code = signups.signUp(new SignupRequest(trip, signups.slots(trip).getFirst().id(),
                SignupFixtures.person("Aino", "Tiskillä", null), null, FI), new RideRequest(karttula, 2, false))
                .ride().referenceCode();
        StaffBookingsView view = navigate(StaffBookingsView.class);
        view.query.setValue(code);
        test($(Button.class).id("bookings-search")).click();
        view.results.select(view.results.getGenericDataView().getItems().findFirst().orElseThrow());

        @SuppressWarnings("unchecked")
        Select<RideStopChoice> stop = $(Select.class).id("bookings-ride-stop");
        assertThat(stop.getValue().stopId()).as("the booking's stop to start from").isEqualTo(karttula);
        stop.setValue(stop.getListDataView().getItems().filter(choice -> choice.stopId() == kuuslahti)
                .findFirst().orElseThrow());
        $(Checkbox.class).id("bookings-ride-wheelchair").setValue(true);
        test($(Button.class).id("bookings-ride-change")).click();

        RideTicket changed = changes.ride(code, FI).orElseThrow();
        assertThat(changed.booked()).isEqualTo(new RideRequest(kuuslahti, 1, true));
        assertThat(changed.summary()).contains("Kuuslahti", "1 istumapaikka, pyörätuolipaikka");
        assertThat(planning.ride(bus).orElseThrow().seatsBooked()).isEqualTo(1);
        assertThat(planning.ride(bus).orElseThrow().wheelchairBooked()).isEqualTo(1);
        assertThat(changes.search(code, COORDINATOR).getFirst().signup().status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(audit.newest(5)).extracting(AuditEntry::what).contains("changed ride booking " + code);
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("KYYTI MUUTETTU"));
    }
}
