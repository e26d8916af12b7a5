package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.staff.ui.LocalizedTextField;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.kiosk.ui.ScreenProperties;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz of the coordinator's event editor and staff's booking search as the browser sends them: any text into every
 * text field and text area (set as the browser would set them, then Save or Search). Each try is rolled back. The
 * screen never fails; an event is saved with exactly the texts the rule allows, and otherwise the screen says what
 * to fix in the coordinator's language; a search answers with at most 50 bookings or says there are none. A save
 * on the screen of a just saved event saved twice (two notifications, two audit entries): the editor added its
 * Save listener again each time the screen was entered.
 */
@KioskTest
class CoordinatorScreensFuzzProperties extends ScreenProperties {

    /** The editor's text fields in the order of their columns. */
    private static final List<String> COLUMNS = Stream.of(FuzzChecks.localizedColumns("title"),
            List.of("place", "address", "municipality"), FuzzChecks.localizedColumns("description", "bring", "price"),
            List.of("organiser_phone")).flatMap(List::stream).toList();

    @Autowired
    EventPlanning planning;
    @Autowired
    AuditLog audit;

    @Override
    protected void logIn() {
        SpringProperties.logIn("fuzz-coordinator", Role.COORDINATOR);
    }

    @Property(tries = 200)
    void any_texts_in_the_event_editor_are_saved_as_typed_or_explained(
            @ForAll("fuzzedFields") Map<Integer, String> fuzzed) {
        rolledBack(() -> {
            EventEditorView editor = newEvent();
            EventForm form = editor.form;
            List<AbstractField<?, String>> fields = new ArrayList<>(inEveryLanguage(form.title));
            fields.addAll(List.of(form.place, form.address, form.municipality));
            Stream.of(form.description, form.bring, form.price).forEach(text -> fields.addAll(inEveryLanguage(text)));
            fields.add(form.organiserPhone);
            fuzzed.forEach((index, text) -> fields.get(index).setValue(text));
            List<String> typed = fields.stream().map(AbstractField::getValue).toList();
            long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM signup_event").query(Long.class).single();

            test($(Button.class).id("event-save")).click();

            List<String> shown = notifications();
            assertScreenTranslated();
            List<Long> saved = jdbc.sql("SELECT id FROM signup_event WHERE id > :before").param("before", before)
                    .query(Long.class).list();
            boolean acceptable = !typed.get(COLUMNS.indexOf("title_fi")).isBlank()
                    && !typed.get(COLUMNS.indexOf("place")).isBlank();
            for (int i = 0; i < COLUMNS.size(); i++) {
                acceptable &= FuzzChecks.acceptable(typed.get(i),
                        FuzzChecks.columnLength(jdbc, "signup_event", COLUMNS.get(i)), fields.get(i) instanceof TextArea);
            }
            assertThat(saved).as("saved events").hasSize(acceptable ? 1 : 0);
            assertThat(shown).as("what the screen said").hasSize(1);
            if (acceptable) {
                SignupEvent event = planning.event(saved.getFirst()).orElseThrow();
                List<String> stored = new ArrayList<>(FuzzChecks.inEveryLanguage(event.title()));
                stored.addAll(List.of(event.place(), event.address(), event.municipality()));
                stored.addAll(FuzzChecks.inEveryLanguage(event.description(), event.bring(), event.price()));
                stored.add(event.organiserPhone());
                for (int i = 0; i < COLUMNS.size(); i++) {
                    boolean multiline = fields.get(i) instanceof TextArea;
                    FuzzChecks.assertStored(stored.get(i), FuzzChecks.cleaned(typed.get(i), multiline),
                            FuzzChecks.columnLength(jdbc, "signup_event", COLUMNS.get(i)), multiline);
                }
            }
        });
    }

    private static List<AbstractField<?, String>> inEveryLanguage(LocalizedTextField text) {
        return Language.writtenTexts().stream().<AbstractField<?, String>>map(text::field).toList();
    }

    @Example
    void saving_again_on_the_screen_of_a_just_saved_event_saves_once() {
        rolledBack(() -> {
            EventEditorView editor = newEvent();
            test($(Button.class).id("event-save")).click();
            assertThat(getCurrentView()).as("the same screen, entered again").isSameAs(editor);
            notifications();
            editor.form.title.field(Language.FI).setValue("Passikuvat, uusi aika");
            test($(Button.class).id("event-save")).click();
            assertThat(notifications()).hasSize(1);
            assertThat(audit.newest(20)).filteredOn(e -> e.what().equals("changed event " + editor.eventId()))
                    .hasSize(1);
        });
    }

    @Example
    void opening_another_events_lists_on_the_same_screen_prints_its_list_once() {
        rolledBack(() -> {
            long first = SignupFixtures.photoDay(planning, clock, 1, 2);
            long second = SignupFixtures.photoDay(planning, clock, 1, 2);
            EventListsView lists = navigate("admin/events/" + first + "/lists", EventListsView.class);
            assertThat(navigate("admin/events/" + second + "/lists", EventListsView.class)).isSameAs(lists);
            test($(Button.class).id("lists-print")).click();
            assertThat(audit.newest(20)).filteredOn(e -> e.what().startsWith("slots list of event " + second)
                    && e.what().endsWith("printed on the kiosk printer")).hasSize(1);
        });
    }

    /** The editor of a new photo day with everything but the texts given. */
    private EventEditorView newEvent() {
        EventEditorView editor = navigate("admin/events/new", EventEditorView.class);
        editor.form.kind.setValue(planning.kinds().stream().filter(k -> k.code().equals("PHOTO_DAY")).findFirst()
                .orElseThrow());
        editor.form.title.field(Language.FI).setValue("Passikuvat");
        editor.form.place.setValue("Kylätalo, Tervo");
        editor.form.date.setValue(LocalDate.now(clock).plusDays(40));
        editor.form.opens.setValue(LocalDateTime.now(clock).minusHours(1));
        editor.form.closes.setValue(LocalDateTime.now(clock).plusDays(30));
        return editor;
    }

    @Property(tries = 200)
    void any_text_in_the_booking_search_answers_or_says_nothing_was_found(@ForAll("queries") String query) {
        rolledBack(() -> {
            StaffBookingsView view = navigate(StaffBookingsView.class);
            view.query.setValue(query);
            test($(Button.class).id("bookings-search")).click();
            assertScreenTranslated();
            long found = view.results.getGenericDataView().getItems().count();
            assertThat(found).isLessThanOrEqualTo(50);
            if (found == 0) {
                assertThat($(Paragraph.class).from(view.selected).all()).extracting(Paragraph::getText)
                        .containsExactly(view.getTranslation("bookings.none"));
            }
        });
    }

    @Provide
    Arbitrary<Map<Integer, String>> fuzzedFields() {
        return Arbitraries.maps(Arbitraries.integers().between(0, COLUMNS.size() - 1), FuzzText.anyText())
                .ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(Arbitraries.of("aino", "Virtanen", "%", "_", "\\", "' OR '1'='1"),
                FuzzText.anyText());
    }
}
