package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.EveryLanguage;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.audit.AuditEntry;
import fi.palvelupiste.kiosk.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fi.palvelupiste.kiosk.signup.SignupFixtures.COORDINATOR;
import static fi.palvelupiste.kiosk.signup.SignupFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KioskTest
class SignupServiceTest {

    private static final Locale FI = Locale.of("fi");

    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    ReferenceCodes referenceCodes;
    @Autowired
    EventPlanning planning;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SignupLists lists;
    @Autowired
    AuditLog audit;
    @Autowired
    PrinterPort printer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_resident_and_her_neighbour_get_places_in_the_same_slot_each_with_a_code_and_a_slip() {
        long event = SignupFixtures.photoDay(planning, clock, 3, 2);
        Slot first = signups.slots(event).getFirst();

        Confirmation done = signups.signUp(new SignupRequest(event, first.id(), person("Aino", "Virtanen", "040 123 4567"),
                person("Eino", "Mäkinen", null), FI));

        assertThat(done.people()).hasSize(2);
        assertThat(done.people()).allSatisfy(b -> {
            assertThat(b.signup().status()).isEqualTo(SignupStatus.CONFIRMED);
            assertThat(b.slot().id()).isEqualTo(first.id());
            assertThat(ReferenceCode.isWellFormed(b.signup().referenceCode())).isTrue();
            assertThat(signupChanges.slipJobs(b.signup().id())).containsExactly(b.printJobId());
        });
        assertThat(done.resident().signup().phone()).isEqualTo("0401234567");
        assertThat(done.people().get(1).signup().companionOf()).isEqualTo(done.resident().signup().id());
        assertThat(signups.slots(event).getFirst().booked()).isEqualTo(2);
        String code = done.resident().signup().referenceCode();
        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code));
        assertThat(slip.text()).contains("Ilmoittautuminen vahvistettu", "Kylätalo, Tervo", "klo 10.00-10.10",
                "Kuva maksetaan valokuvaajalle,", "044 123 4567", "Tietosuoja").doesNotContain("Aino", "Virtanen");
    }

    @Test
    void the_slip_prints_the_organisers_mobile_number_formatted_as_typed_without_spaces() {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "Valokuvauspäivä, puhelin ilman välejä");
        draft.setOrganiserPhone("0441112233");
        long event = planning.save(null, draft, Actor.staff(COORDINATOR));
        planning.generateSlots(event, LocalTime.of(10, 0), LocalTime.of(10, 10), 10, 1, Actor.staff(COORDINATOR));
        Confirmation done = signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                person("Aino", "Virtanen", null), null, FI));
        String code = done.resident().signup().referenceCode();

        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code)).text())
                .contains("044 111 2233").doesNotContain("0441112233");
    }

    @Test
    void the_confirmation_slip_fits_the_byte_budget() throws Exception {
        long event = SignupFixtures.photoDay(planning, clock, 1, 2);
        Confirmation done = signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                person("Aino", "Virtanen", null), null, FI));
        String code = done.resident().signup().referenceCode();

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code));
        byte[] bytes = Files.readAllBytes(slip.escPosFile());

        System.out.println("confirmation slip: " + bytes.length + " bytes");
        System.out.println(slip.text());
        assertThat(bytes.length).isLessThanOrEqualTo(1200);
        assertThat(bytes).as("€ in code page 858").contains((byte) 0xD5);
    }

    @Test
    void a_companion_goes_to_the_next_slot_when_only_one_place_is_left() {
        long event = SignupFixtures.photoDay(planning, clock, 2, 2);
        List<Slot> slots = signups.slots(event);
        signups.signUp(new SignupRequest(event, slots.get(0).id(), person("Olli", "Ensimmäinen", null), null, FI));

        Confirmation done = signups.signUp(new SignupRequest(event, slots.get(0).id(), person("Aino", "Virtanen", null),
                person("Eino", "Virtanen", null), FI));

        assertThat(done.resident().slot().id()).isEqualTo(slots.get(0).id());
        assertThat(done.people().get(1).slot().id()).isEqualTo(slots.get(1).id());
    }

    @Test
    void a_pair_is_refused_when_neither_this_nor_the_next_slot_has_room_and_nothing_is_kept() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 2);
        Slot only = signups.slots(event).getFirst();
        signups.signUp(new SignupRequest(event, only.id(), person("Olli", "Ensimmäinen", null), null, FI));

        assertThatThrownBy(() -> signups.signUp(new SignupRequest(event, only.id(), person("Aino", "Virtanen", null),
                person("Eino", "Virtanen", null), FI))).isInstanceOf(SlotFullException.class);

        assertThat(signups.slots(event).getFirst().booked()).isEqualTo(1);
    }

    @Test
    void the_same_name_and_phone_is_recognised_instead_of_booking_twice() {
        long event = SignupFixtures.photoDay(planning, clock, 2, 2);
        List<Slot> slots = signups.slots(event);
        Confirmation first = signups.signUp(new SignupRequest(event, slots.get(0).id(),
                person("Aino", "Virtanen", "0401234567"), null, FI));

        assertThatThrownBy(() -> signups.signUp(new SignupRequest(event, slots.get(1).id(),
                person("aino", "VIRTANEN", "+358 40 123 4567"), null, FI)))
                .isInstanceOfSatisfying(AlreadySignedUpException.class, e ->
                        assertThat(e.existing().referenceCode()).isEqualTo(first.resident().signup().referenceCode()));

        Booked again = signups.reprint(first.resident().signup().id(), Actor.KIOSK, FI);
        assertThat(signupChanges.slipJobs(first.resident().signup().id())).hasSize(2).contains(again.printJobId());
        assertThat(signups.slots(event).get(1).booked()).isZero();
    }

    @Test
    void a_full_event_takes_a_waitlist_and_a_cancellation_promotes_the_first_in_line() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 1);
        Slot only = signups.slots(event).getFirst();
        Confirmation booked = signups.signUp(new SignupRequest(event, only.id(), person("Olli", "Paikka", null), null, FI));
        assertThatThrownBy(() -> signups.signUp(new SignupRequest(event, only.id(), person("Late", "Comer", null), null,
                FI))).isInstanceOf(SlotFullException.class);

        Confirmation first = signups.signUp(new SignupRequest(event, null, person("Aino", "Jonossa", "0501234567"), null, FI));
        Confirmation second = signups.signUp(new SignupRequest(event, null, person("Eino", "Jonossa", null), null, FI));
        assertThat(first.waitlisted()).isTrue();
        assertThat(first.resident().waitlistPosition()).isEqualTo(1);
        assertThat(second.resident().waitlistPosition()).isEqualTo(2);

        signupChanges.cancel(booked.resident().signup().id(), Actor.KIOSK, FI);

        Signup promoted = signupChanges.booking(first.resident().signup().id()).orElseThrow().signup();
        assertThat(promoted.status()).isEqualTo(SignupStatus.CONFIRMED);
        assertThat(promoted.slotId()).isEqualTo(only.id());
        assertThat(promoted.promotedAt()).isNotNull();
        assertThat(signupChanges.booking(second.resident().signup().id()).orElseThrow().waitlistPosition()).isEqualTo(1);
        List<ListRow> toCall = lists.rows(event, PersonList.PROMOTED, ListFormat.SCREEN, Actor.staff(COORDINATOR));
        assertThat(toCall).singleElement().satisfies(row -> {
            assertThat(row.signup().fullName()).isEqualTo("Aino Jonossa");
            assertThat(row.signup().phone()).isEqualTo("0501234567");
        });
        assertThat(signups.slots(event).getFirst().booked()).isEqualTo(1);
    }

    @Test
    void a_promoted_resident_without_a_phone_is_listed_as_checking_with_her_code_not_with_an_empty_phone() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 1);
        Confirmation booked = signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                person("Olli", "Paikka", null), null, FI));
        signups.signUp(new SignupRequest(event, null, person("Aino", "Puhelimeton", null), null, FI));
        signupChanges.cancel(booked.resident().signup().id(), Actor.KIOSK, FI);

        List<ListRow> toCall = lists.rows(event, PersonList.PROMOTED, ListFormat.SCREEN, Actor.staff(COORDINATOR));
        SignupEvent day = signups.event(event).orElseThrow();
        assertThat(lists.cells(day, PersonList.PROMOTED, toCall.getFirst(), FI))
                .contains("Aino Puhelimeton", "ei puhelinta: tarkistaa koodilla");
    }

    @Test
    void the_photographers_printed_list_keeps_each_phone_whole_on_a_line_of_its_own() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 2);
        signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                person("Annamaria", "Pitkänimi-Virtasalo", "0401234567"), null, FI));
        lists.print(event, PersonList.SLOTS, Actor.staff(COORDINATOR), FI);
        PrintedSlip paper = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("Pitkänimi-Virtasalo"));
        assertThat(paper.text().lines()).as("the number is never split across lines").contains("040 123 4567");
    }

    @Test
    void a_name_in_cyrillic_is_on_the_photographers_list_in_its_own_letters_and_in_latin_ones() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(), person("Олена", "Коваль", null),
                null, fi.palvelupiste.kiosk.i18n.Language.UK.locale()));

        List<ListRow> rows = lists.rows(day, PersonList.SLOTS, ListFormat.SCREEN, Actor.staff(COORDINATOR));
        assertThat(lists.cells(planning.event(day).orElseThrow(), PersonList.SLOTS, rows.getFirst(), FI))
                .contains("Олена Коваль (Olena Koval)");
        String csv = new String(lists.csv(day, PersonList.SLOTS, Actor.staff(COORDINATOR), FI), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Олена Коваль (Olena Koval)\"");
    }

    @Test
    void moving_to_another_slot_frees_the_old_place_and_prints_a_slip() {
        long event = SignupFixtures.photoDay(planning, clock, 2, 1);
        List<Slot> slots = signups.slots(event);
        Confirmation done = signups.signUp(new SignupRequest(event, slots.get(0).id(), person("Aino", "Virtanen", null),
                null, FI));

        Booked moved = signupChanges.move(done.resident().signup().id(), slots.get(1).id(), Actor.KIOSK, FI);

        assertThat(moved.slot().id()).isEqualTo(slots.get(1).id());
        assertThat(signups.slots(event)).extracting(Slot::booked).containsExactly(0, 1);
        String code = done.resident().signup().referenceCode();
        assertThat(VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(code) && text.contains("Varaus muutettu"))
                .text()).contains("klo 10.10-10.20");
    }

    @Test
    void a_reference_code_needs_the_start_of_the_surname_and_wrong_codes_are_slowed_down() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 2);
        Confirmation done = signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                person("Aino", "Virtanen", null), null, FI));
        String code = done.resident().signup().referenceCode();
        String session = UUID.randomUUID().toString();
        String device = "test-" + session;

        assertThat(referenceCodes.lookUp(session, device, code.toLowerCase(Locale.ROOT), "vi")).isInstanceOf(CodeLookup.Found.class);
        assertThat(referenceCodes.lookUp(session, device, code, "Ma")).isInstanceOf(CodeLookup.NotFound.class);
        assertThat(referenceCodes.lookUp(session, device, code, "V")).as("one letter is not enough").isInstanceOf(CodeLookup.NotFound.class);
        assertThat(referenceCodes.lookUp(session, device, "ABCDEF", "Vi")).isInstanceOf(CodeLookup.Wait.class);
        assertThat(referenceCodes.lookUp(session, device, code, "Vi")).as("even the right code waits now")
                .isInstanceOf(CodeLookup.Wait.class);
        assertThat(referenceCodes.lookUp(UUID.randomUUID().toString(), device, code, "Vir"))
                .as("the next resident on the same device")
                .isInstanceOf(CodeLookup.Found.class);
    }

    @Test
    void a_closed_event_refuses_sign_ups() {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "Sulkeutunut");
        draft.setSignupOpens(java.time.LocalDateTime.now(clock).minusDays(5));
        draft.setSignupCloses(java.time.LocalDateTime.now(clock).minusDays(1));
        long event = planning.save(null, draft, Actor.staff(COORDINATOR));
        planning.generateSlots(event, LocalTime.of(10, 0), LocalTime.of(11, 0), 10, 2, Actor.staff(COORDINATOR));

        assertThat(signups.openEvents()).noneMatch(e -> e.id() == event);
        assertThatThrownBy(() -> signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                person("Aino", "Virtanen", null), null, FI))).isInstanceOf(SignupClosedException.class);
    }

    @Test
    void names_and_phones_that_break_the_rules_never_reach_the_database() {
        long event = SignupFixtures.photoDay(planning, clock, 1, 2);
        long slot = signups.slots(event).getFirst().id();

        assertThatThrownBy(() -> signups.signUp(new SignupRequest(event, slot, person("=HYPERLINK(1)", "X", null), null,
                FI))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signups.signUp(new SignupRequest(event, slot, person("Aino", "Virtanen", "012345"), null,
                FI))).isInstanceOf(IllegalArgumentException.class);
        assertThat(signups.slots(event).getFirst().booked()).isZero();
    }

    @Test
    void the_photographer_and_bus_lists_are_right_and_every_access_is_audited() {
        long day = SignupFixtures.photoDay(planning, clock, 2, 2);
        long bus = SignupFixtures.trip(planning, clock, 40, day);
        List<Slot> slots = signups.slots(day);
        signups.signUp(new SignupRequest(day, slots.get(1).id(), person("Eino", "Mäkinen", "0501112223"), null, FI));
        signups.signUp(new SignupRequest(day, slots.get(0).id(), person("Aino", "Virtanen", "0401234567"), null, FI));
        Slot seat = signups.slots(bus).getFirst();
        signups.signUp(new SignupRequest(bus, seat.id(), new Person("Aino", "Virtanen", "0401234567",
                new Needs(false, true, "ar")), person("Eino", "Mäkinen", null), FI));

        List<List<String>> photographer = lists.rows(day, PersonList.SLOTS, ListFormat.SCREEN, Actor.staff(COORDINATOR)).stream()
                .map(row -> lists.cells(planning.event(day).orElseThrow(), PersonList.SLOTS, row, FI)).toList();
        List<List<String>> driver = lists.rows(bus, PersonList.PARTICIPANTS, ListFormat.A4, Actor.staff(COORDINATOR)).stream()
                .map(row -> lists.cells(planning.event(bus).orElseThrow(), PersonList.PARTICIPANTS, row, FI)).toList();

        assertThat(photographer).extracting(cells -> cells.subList(0, 3)).containsExactly(
                List.of("10.00", "Aino Virtanen", "040 123 4567"),
                List.of("10.10", "Eino Mäkinen", "050 111 2223"));
        assertThat(driver).containsExactly(
                List.of("1", "Eino Mäkinen", "", ""),
                List.of("2", "Aino Virtanen", "040 123 4567", "pyörätuoli, tulkki: arabia"));
        assertThat(signups.linkedOffers(day)).extracting(SignupEvent::id).containsExactly(bus);
        List<AuditEntry> newest = audit.newest(5);
        assertThat(newest).extracting(AuditEntry::what).anySatisfy(what -> assertThat(what)
                .startsWith("participants list of event " + bus).endsWith("opened as an A4 page"));
        assertThat(newest).extracting(AuditEntry::who).contains(COORDINATOR);
    }

    @Test
    void the_csv_opens_in_excel_as_text_with_nordic_letters_and_no_formulas() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        signups.signUp(new SignupRequest(day, signups.slots(day).getFirst().id(), person("Åsa", "Öhman", "0401234567"),
                null, FI));

        byte[] csv = lists.csv(day, PersonList.SLOTS, Actor.staff(COORDINATOR), FI);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"Aika\";\"Nimi\";\"Puhelin\";\"Varauskoodi\"\r\n")
                .contains("\"10.00\";\"Åsa Öhman\";\"040 123 4567\";");
        assertThat(audit.newest(1).getFirst().what()).endsWith("exported as CSV");
    }

    @Test
    void a_coordinator_cannot_cut_capacity_below_the_people_booked() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 2);
        Slot slot = signups.slots(day).getFirst();
        signups.signUp(new SignupRequest(day, slot.id(), person("Aino", "Virtanen", null), person("Eino", "Virtanen", null), FI));

        assertThatThrownBy(() -> planning.updateSlot(slot.id(), slot.startsAt(), slot.endsAt(), 1, Actor.staff(COORDINATOR)))
                .isInstanceOfSatisfying(PlanningException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("slots.error.below-booked"));
        assertThatThrownBy(() -> planning.deleteSlot(slot.id(), Actor.staff(COORDINATOR))).isInstanceOf(PlanningException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE signup_slot SET booked = capacity + 1 WHERE id = :id")
                .param("id", slot.id()).update()).as("the CHECK constraint").isInstanceOf(RuntimeException.class);
    }

    @Test
    void raising_capacity_gives_the_new_places_to_the_waitlist() {
        long day = SignupFixtures.photoDay(planning, clock, 1, 1);
        Slot slot = signups.slots(day).getFirst();
        signups.signUp(new SignupRequest(day, slot.id(), person("Olli", "Paikka", null), null, FI));
        Confirmation waiting = signups.signUp(new SignupRequest(day, null, person("Aino", "Jonossa", null), null, FI));

        planning.updateSlot(slot.id(), slot.startsAt(), slot.endsAt(), 2, Actor.staff(COORDINATOR));

        assertThat(signupChanges.booking(waiting.resident().signup().id()).orElseThrow().signup().status())
                .isEqualTo(SignupStatus.CONFIRMED);
    }

    @Test
    void an_events_texts_are_stored_and_read_back_in_every_language() {
        long id = SignupFixtures.photoDay(planning, clock, 1, 2);
        EventDraft draft = planning.draftOf(id);
        draft.setTitle(EveryLanguage.text("Passikuvat"));
        draft.setDescription(EveryLanguage.text("Valokuvaaja tulee.\nVaraa aikaa."));
        draft.setBring(EveryLanguage.text("Henkilökortti"));
        draft.setPrice(EveryLanguage.text("15 €"));

        planning.save(id, draft, Actor.staff(COORDINATOR));

        SignupEvent stored = planning.event(id).orElseThrow();
        assertThat(stored.title()).isEqualTo(EveryLanguage.text("Passikuvat"));
        assertThat(stored.description()).isEqualTo(EveryLanguage.text("Valokuvaaja tulee.\nVaraa aikaa."));
        assertThat(stored.bring()).isEqualTo(EveryLanguage.text("Henkilökortti"));
        assertThat(stored.price()).isEqualTo(EveryLanguage.text("15 €"));
        assertThat(stored.title().get(Language.ET.locale())).isEqualTo("Passikuvat (Eesti)");
        assertThat(planning.kinds()).filteredOn(kind -> kind.code().equals("PHOTO_DAY")).singleElement()
                .satisfies(kind -> assertThat(kind.name().in(Language.UK)).isEqualTo("День фотографування"));
    }
}
