package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz of the coordinator's event editor through {@link EventPlanning}: every text of an event (titles,
 * descriptions, what to bring and prices in every language, place, address, municipality, organiser's phone).
 * Each try is rolled back. An event is saved with exactly the texts a plain rule allows (checked here against the
 * columns' declared lengths), or refused with a message key the editor translates; what is saved prints on a
 * sign-up slip (title, place, address, what to bring, price, phone) without a stray control byte.
 */
@KioskTest
class EventInputFuzzProperties extends ServiceProperties {

    private static final String COORDINATOR = "fuzz-coordinator";

    /** One event text: its column, one line or several, how the editor sets it, how the event gives it back. */
    record Field(String column, boolean multiline, BiConsumer<EventDraft, String> set,
                 Function<EventDraft, String> typed, Function<SignupEvent, String> get) {
    }

    static final List<Field> FIELDS = fields();

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        inEveryLanguage(fields, "title", false, EventDraft::getTitle, EventDraft::setTitle, SignupEvent::title);
        fields.add(new Field("place", false, EventDraft::setPlace, EventDraft::getPlace, SignupEvent::place));
        fields.add(new Field("address", false, EventDraft::setAddress, EventDraft::getAddress, SignupEvent::address));
        fields.add(new Field("municipality", false, EventDraft::setMunicipality, EventDraft::getMunicipality,
                SignupEvent::municipality));
        inEveryLanguage(fields, "description", true, EventDraft::getDescription, EventDraft::setDescription,
                SignupEvent::description);
        inEveryLanguage(fields, "bring", true, EventDraft::getBring, EventDraft::setBring, SignupEvent::bring);
        inEveryLanguage(fields, "price", false, EventDraft::getPrice, EventDraft::setPrice, SignupEvent::price);
        fields.add(new Field("organiser_phone", false, EventDraft::setOrganiserPhone, EventDraft::getOrganiserPhone,
                SignupEvent::organiserPhone));
        return List.copyOf(fields);
    }

    /** One field per language of a text written in every language, its column {@code <family>_<code>}. */
    private static void inEveryLanguage(List<Field> fields, String family, boolean multiline,
                                        Function<EventDraft, LocalizedText> typed,
                                        BiConsumer<EventDraft, LocalizedText> set,
                                        Function<SignupEvent, LocalizedText> stored) {
        for (Language language : Language.writtenTexts()) {
            fields.add(new Field(family + "_" + language.code(), multiline,
                    (draft, text) -> set.accept(draft, typed.apply(draft).with(language, text)),
                    draft -> typed.apply(draft).in(language), event -> stored.apply(event).in(language)));
        }
    }

    private static int indexOf(String column) {
        return FIELDS.stream().map(Field::column).toList().indexOf(column);
    }

    @Autowired
    EventPlanning planning;
    @Autowired
    SignupBooking signups;
    @Autowired
    I18NProvider i18n;

    @Property(tries = 800)
    void an_event_with_any_texts_is_saved_as_typed_or_refused_with_a_kind_message(
            @ForAll("fuzzedFields") Map<Integer, String> fuzzed, @ForAll("languages") Language language) {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "Passikuvat");
        fuzzed.forEach((index, text) -> FIELDS.get(index).set().accept(draft, text));
        List<String> typed = FIELDS.stream().map(f -> f.typed().apply(draft)).toList();
        boolean acceptable = acceptable(typed);
        Statistics.collect(acceptable ? "saved" : "refused");
        rolledBack(() -> {
            PlanningException refused = catchThrowableOfType(PlanningException.class,
                    () -> saveAndPrint(draft, typed, language.locale()));
            if (acceptable) {
                assertThat(refused).as("refusal of texts the rule accepts").isNull();
            } else {
                assertThat(refused).as("refusal of texts that break the rule").isNotNull();
                assertThat(refused.messageKey()).isIn("events.error.title", "events.error.place",
                        "events.error.too-long", "events.error.characters");
                Object[] arguments = refused.messageArguments(
                        (key, values) -> i18n.getTranslation(key, language.locale(), values));
                String label = arguments.length == 0 ? "" : (String) arguments[0];
                String message = i18n.getTranslation(refused.messageKey(), language.locale(), arguments);
                FuzzChecks.assertTranslated(message);
                refused.refusal().ifPresent(r -> FuzzChecks.assertTranslated(label));
                assertThat(message).contains(label);
            }
        });
    }

    private void saveAndPrint(EventDraft draft, List<String> typed, Locale locale) {
        long id = planning.save(null, draft, Actor.staff(COORDINATOR));
        SignupEvent stored = planning.event(id).orElseThrow();
        for (int i = 0; i < FIELDS.size(); i++) {
            Field field = FIELDS.get(i);
            FuzzChecks.assertStored(field.get().apply(stored), FuzzChecks.cleaned(typed.get(i), field.multiline()),
                    columnLength("signup_event", field.column()), field.multiline());
        }
        planning.generateSlots(id, LocalTime.of(10, 0), LocalTime.of(10, 10), 10, 2, Actor.staff(COORDINATOR));
        Confirmation done = signups.signUp(new SignupRequest(id, signups.slots(id).getFirst().id(),
                SignupFixtures.person("Aino", "Virtanen", null), null, locale));
        assertPrintable(done.resident().printJobId());
    }

    /** Title and place given, and every text acceptable for its column. */
    private boolean acceptable(List<String> typed) {
        for (int i = 0; i < FIELDS.size(); i++) {
            Field field = FIELDS.get(i);
            if (!FuzzChecks.acceptable(typed.get(i), columnLength("signup_event", field.column()),
                    field.multiline())) {
                return false;
            }
        }
        return !typed.get(indexOf("title_fi")).isBlank() && !typed.get(indexOf("place")).isBlank();
    }

    @Example
    void a_title_longer_than_its_column_is_refused_with_the_field_named_instead_of_a_database_error() {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "x".repeat(121));
        rolledBack(() -> {
            PlanningException refused = catchThrowableOfType(PlanningException.class,
                    () -> planning.save(null, draft, Actor.staff(COORDINATOR)));
            assertThat(refused.messageKey()).isEqualTo("events.error.too-long");
            assertThat(i18n.getTranslation(refused.messageKey(), Language.FI.locale(), refused.messageArguments(
                    (key, values) -> i18n.getTranslation(key, Language.FI.locale(), values))))
                    .isEqualTo("Nimi suomeksi: enintään 120 merkkiä. Lyhennä tekstiä.");
        });
    }

    @Example
    void a_bidi_override_or_an_escape_in_a_place_is_refused_and_a_line_break_in_a_description_is_kept() {
        rolledBack(() -> {
            EventDraft override = SignupFixtures.draft(clock, "PHOTO_DAY", "Passikuvat");
            override.setPlace("Kylätalo\u202E olat");
            assertThat(catchThrowableOfType(PlanningException.class, () -> planning.save(null, override, Actor.staff(COORDINATOR)))
                    .messageKey()).isEqualTo("events.error.characters");
            EventDraft escape = SignupFixtures.draft(clock, "PHOTO_DAY", "Passikuvat\u001B@");
            assertThat(catchThrowableOfType(PlanningException.class, () -> planning.save(null, escape, Actor.staff(COORDINATOR)))
                    .messageKey()).isEqualTo("events.error.characters");
            EventDraft lines = SignupFixtures.draft(clock, "PHOTO_DAY", "  Passikuvat  ");
            lines.setDescription(LocalizedText.of(Language.FI, "Ensimmäinen rivi\r\nToinen rivi"));
            SignupEvent saved = planning.event(planning.save(null, lines, Actor.staff(COORDINATOR))).orElseThrow();
            assertThat(saved.title().in(Language.FI)).isEqualTo("Passikuvat");
            assertThat(saved.description().in(Language.FI)).isEqualTo("Ensimmäinen rivi\nToinen rivi");
        });
    }

    @Provide
    Arbitrary<Map<Integer, String>> fuzzedFields() {
        return Arbitraries.maps(Arbitraries.integers().between(0, FIELDS.size() - 1), FuzzText.anyText())
                .ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.class);
    }
}
