package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.signup.SignupChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableCell;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.audit.AuditEntry;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.EventKind;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.ListRow;
import fi.palvelupiste.kiosk.signup.PersonList;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.signup.SignupStatus;
import fi.palvelupiste.kiosk.staff.ui.A4Table;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator creates a photo day with slots and a linked bus; lists; staff find and change a booking. */
@KioskTest
@WithMockUser(username = "koordinaattori", roles = {"COORDINATOR", "STAFF"})
class CoordinatorViewsTest extends SpringBrowserlessTest {

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    AuditLog audit;
    @Autowired
    PrinterPort printer;
    @Autowired
    Clock clock;
    @Autowired
    fi.palvelupiste.kiosk.signup.SharedEvents shared;

    @Test
    void a_coordinator_creates_a_photo_day_with_slots_and_a_linked_bus_trip() {
        EventsView events = navigate(EventsView.class);
        assertThat(events.grid.getGenericDataView().getItems().count()).isPositive();
        test($(Button.class).id("events-new")).click();

        EventEditorView editor = (EventEditorView) getCurrentView();
        editor.form.kind.setValue(kind("PHOTO_DAY"));
        editor.form.title.field(Language.FI).setValue("Passikuvat Tervossa");
        editor.form.place.setValue("Kylätalo, Tervo");
        editor.form.municipality.setValue("Tervo");
        editor.form.date.setValue(LocalDate.now(clock).plusDays(40));
        editor.form.price.field(Language.FI).setValue("Kuva maksetaan valokuvaajalle, 15 €");
        editor.form.opens.setValue(LocalDateTime.now(clock).minusHours(1));
        editor.form.closes.setValue(LocalDateTime.now(clock).plusDays(30));
        test($(Button.class).id("event-save")).click();

        editor = (EventEditorView) getCurrentView();
        long dayId = editor.eventId();
        editor.slots.start.setValue(LocalTime.of(10, 0));
        editor.slots.end.setValue(LocalTime.of(15, 0));
        editor.slots.minutes.setValue(10);
        editor.slots.capacity.setValue(2);
        test($(Button.class).id("slots-generate")).click();
        List<Slot> slots = signups.slots(dayId);
        assertThat(slots).hasSize(30).allSatisfy(s -> assertThat(s.capacity()).isEqualTo(2));
        assertThat(slots.getLast().endsAt()).isEqualTo(LocalTime.of(15, 0));

        editor.deleteSlot(slots.getLast());
        editor.saveSlot(slots.getFirst(), LocalTime.of(9, 50), LocalTime.of(10, 0), 3);
        assertThat(signups.slots(dayId)).hasSize(29).first().satisfies(s -> {
            assertThat(s.startsAt()).isEqualTo(LocalTime.of(9, 50));
            assertThat(s.capacity()).isEqualTo(3);
        });

        navigate("admin/events/new", EventEditorView.class);
        editor = (EventEditorView) getCurrentView();
        editor.form.kind.setValue(kind("PERMIT_TRIP"));
        assertThat(editor.form.seats.isVisible()).isTrue();
        assertThat(editor.form.linked.isVisible()).isTrue();
        editor.form.title.field(Language.FI).setValue("Bussi lupapisteelle");
        editor.form.place.setValue("Poliisin lupapiste, Kuopio");
        editor.form.date.setValue(LocalDate.now(clock).plusDays(60));
        editor.form.opens.setValue(LocalDateTime.now(clock).minusHours(1));
        editor.form.closes.setValue(LocalDateTime.now(clock).plusDays(50));
        editor.form.departs.setValue(LocalTime.of(8, 30));
        editor.form.returns.setValue(LocalTime.of(15, 0));
        editor.form.seats.setValue(40);
        editor.form.linked.setValue(planning.event(dayId).orElseThrow());
        test($(Button.class).id("event-save")).click();

        long busId = ((EventEditorView) getCurrentView()).eventId();
        SignupEvent bus = planning.event(busId).orElseThrow();
        assertThat(bus.linkedEventId()).isEqualTo(dayId);
        assertThat(signups.slots(busId)).singleElement().satisfies(seat -> {
            assertThat(seat.capacity()).isEqualTo(40);
            assertThat(seat.startsAt()).isEqualTo(LocalTime.of(8, 30));
        });
        assertThat(signups.linkedOffers(dayId)).extracting(SignupEvent::id).containsExactly(busId);
        assertThat(audit.newest(20)).extracting(AuditEntry::who).contains("koordinaattori");
    }

    @Test
    void a_missing_title_is_explained_and_nothing_is_saved() {
        int before = planning.events().size();
        EventEditorView editor = navigate("admin/events/new", EventEditorView.class);
        editor.form.kind.setValue(kind("DIGITAL_SUPPORT"));
        editor.form.place.setValue("Kirjasto");

        test($(Button.class).id("event-save")).click();

        assertThat(planning.events()).hasSize(before);
        assertThat(getCurrentView()).isInstanceOf(EventEditorView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_lists_show_the_photographer_list_and_every_look_is_audited() {
        long day = SignupFixtures.photoDay(planning, clock, 2, 2);
        signups.signUp(new SignupRequest(day, signups.slots(day).get(1).id(),
                SignupFixtures.person("Eino", "Mäkinen", "0501112223"), null, Locale.of("fi")));

        EventListsView lists = navigate("admin/events/" + day + "/lists", EventListsView.class);

        List<ListRow> rows = lists.grid.getGenericDataView().getItems().toList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.signup().fullName()).isEqualTo("Eino Mäkinen"));
        assertThat(audit.newest(1).getFirst().what()).startsWith("slots list of event " + day)
                .endsWith("viewed on screen");
        assertThat(audit.newest(1).getFirst().who()).isEqualTo("koordinaattori");

        assertThat(lists.which.getListDataView().getItems()).as("a photo day without a bus has no bus list")
                .containsExactly(PersonList.SLOTS, PersonList.WAITLIST, PersonList.PROMOTED);
        lists.which.setValue(PersonList.WAITLIST);
        assertThat(audit.newest(1).getFirst().what()).startsWith("waitlist list");
        lists.which.setValue(PersonList.SLOTS);
        test($(Button.class).id("lists-print")).click();
        assertThat(audit.newest(1).getFirst().what()).endsWith("printed on the kiosk printer");
        assertThat(VirtualPrinterOutput.awaitSlip(printer, t -> t.contains("Aikalista") && t.contains("Eino Mäkinen"))
                .text()).contains("050 111 2223");

        long bus = SignupFixtures.trip(planning, clock, 10, day);
        EventListsView busLists = navigate("admin/events/" + bus + "/lists", EventListsView.class);
        assertThat(busLists.which.getValue()).as("the bus trip opens on its bus list").isEqualTo(PersonList.PARTICIPANTS);
        assertThat(busLists.which.getListDataView().getItems())
                .containsExactly(PersonList.PARTICIPANTS, PersonList.WAITLIST, PersonList.PROMOTED);

        ListPrintView a4 = navigate("admin/events/" + day + "/lists/slots/a4", ListPrintView.class);
        assertThat(a4.table.getBody().getRowCount()).isEqualTo(1);
        assertThat(a4.table.getBody().getRow(0).flatMap(row -> row.getCell(SignupLists.PHONE_COLUMN))
                .map(NativeTableCell.class::cast).orElseThrow())
                .as("the phone on paper stays on one line").satisfies(phone -> {
                    assertThat(phone.getText()).isEqualTo("050 111 2223");
                    assertThat(phone.getClassNames()).contains(A4Table.PHONE_CLASS);
                });
        assertThat(audit.newest(1).getFirst().what()).endsWith("opened as an A4 page");
    }

    @Test
    void staff_find_a_booking_by_code_and_cancel_it() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        String code = signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(),
                SignupFixtures.person("Aino", "Puhelimessa", null), null, Locale.of("fi"))).resident().signup()
                .referenceCode();
        StaffBookingsView view = navigate(StaffBookingsView.class);

        view.query.setValue(code.toLowerCase(Locale.ROOT));
        test($(Button.class).id("bookings-search")).click();

        Grid<Booking> grid = view.results;
        Booking found = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(found.signup().fullName()).isEqualTo("Aino Puhelimessa");
        assertThat(audit.newest(1).getFirst().what()).isEqualTo("searched sign-ups by reference code (1 found)");
        grid.select(found);
        test($(Button.class).id("bookings-cancel")).click();

        assertThat(signupChanges.booking(found.signup().id()).orElseThrow().signup().status()).isEqualTo(SignupStatus.CANCELLED);
        assertThat(audit.newest(5)).extracting(AuditEntry::what).contains("cancelled sign-up " + code);
    }

    private EventKind kind(String code) {
        return planning.kinds().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void an_event_from_the_hub_opens_read_only_with_a_word_on_where_to_change_it() {
        java.util.UUID id = java.util.UUID.randomUUID();
        shared.apply(List.of(fi.palvelupiste.kiosk.signup.SharedEventsTest.copy(id, clock, null, List.of())),
                List.of());
        long eventId = planning.events().stream().filter(e -> e.publicId().equals(id)).findFirst().orElseThrow().id();

        EventEditorView editor = navigate("admin/events/" + eventId, EventEditorView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("event-from-hub").getText())
                .isEqualTo("Suunniteltu keskuspalvelimella (hub): vain luettavissa tällä kioskilla.");
        assertThat(editor.form.isEnabled()).isFalse();
        assertThat(editor.sites.isVisible()).as("sites are chosen on the hub").isFalse();
    }

    @SuppressWarnings("unused")
    private static boolean seats(EventKind kind) {
        return kind.unit() == BookingUnit.SEATS;
    }
}
