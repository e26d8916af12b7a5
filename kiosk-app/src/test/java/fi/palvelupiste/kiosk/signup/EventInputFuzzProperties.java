package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.i18n.Language;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz of the coordinator's event editor through {@link EventPlanning}: every text of an event (titles,
 * descriptions, what to bring and prices in three languages, place, address, municipality, organiser's phone).
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

    static final List<Field> FIELDS = List.of(
            new Field("title_fi", false, EventDraft::setTitleFi, EventDraft::getTitleFi,
                    SignupEvent::titleFi),
            new Field("title_sv", false, EventDraft::setTitleSv, EventDraft::getTitleSv,
                    SignupEvent::titleSv),
            new Field("title_en", false, EventDraft::setTitleEn, EventDraft::getTitleEn,
                    SignupEvent::titleEn),
            new Field("place", false, EventDraft::setPlace, EventDraft::getPlace,
                    SignupEvent::place),
            new Field("address", false, EventDraft::setAddress, EventDraft::getAddress,
                    SignupEvent::address),
            new Field("municipality", false, EventDraft::setMunicipality, EventDraft::getMunicipality,
                    SignupEvent::municipality),
            new Field("description_fi", true, EventDraft::setDescriptionFi, EventDraft::getDescriptionFi,
                    SignupEvent::descriptionFi),
            new Field("description_sv", true, EventDraft::setDescriptionSv, EventDraft::getDescriptionSv,
                    SignupEvent::descriptionSv),
            new Field("description_en", true, EventDraft::setDescriptionEn, EventDraft::getDescriptionEn,
                    SignupEvent::descriptionEn),
            new Field("bring_fi", true, EventDraft::setBringFi, EventDraft::getBringFi,
                    SignupEvent::bringFi),
            new Field("bring_sv", true, EventDraft::setBringSv, EventDraft::getBringSv,
                    SignupEvent::bringSv),
            new Field("bring_en", true, EventDraft::setBringEn, EventDraft::getBringEn,
                    SignupEvent::bringEn),
            new Field("price_fi", false, EventDraft::setPriceFi, EventDraft::getPriceFi,
                    SignupEvent::priceFi),
            new Field("price_sv", false, EventDraft::setPriceSv, EventDraft::getPriceSv,
                    SignupEvent::priceSv),
            new Field("price_en", false, EventDraft::setPriceEn, EventDraft::getPriceEn,
                    SignupEvent::priceEn),
            new Field("organiser_phone", false, EventDraft::setOrganiserPhone, EventDraft::getOrganiserPhone,
                    SignupEvent::organiserPhone));

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
                String label = refused.refusal().map(r -> i18n.getTranslation(r.fieldKey(), language.locale()))
                        .orElse("");
                String message = i18n.getTranslation(refused.messageKey(), language.locale(), label,
                        refused.refusal().map(r -> String.valueOf(r.maxLength())).orElse(""));
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
        return !typed.get(0).isBlank() && !typed.get(3).isBlank();
    }

    @Example
    void a_title_longer_than_its_column_is_refused_with_the_field_named_instead_of_a_database_error() {
        EventDraft draft = SignupFixtures.draft(clock, "PHOTO_DAY", "x".repeat(121));
        rolledBack(() -> {
            PlanningException refused = catchThrowableOfType(PlanningException.class,
                    () -> planning.save(null, draft, Actor.staff(COORDINATOR)));
            assertThat(refused.messageKey()).isEqualTo("events.error.too-long");
            assertThat(i18n.getTranslation(refused.messageKey(), Language.FI.locale(),
                    i18n.getTranslation(refused.refusal().orElseThrow().fieldKey(), Language.FI.locale()), "120"))
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
            lines.setDescriptionFi("Ensimmäinen rivi\r\nToinen rivi");
            SignupEvent saved = planning.event(planning.save(null, lines, Actor.staff(COORDINATOR))).orElseThrow();
            assertThat(saved.titleFi()).isEqualTo("Passikuvat");
            assertThat(saved.descriptionFi()).isEqualTo("Ensimmäinen rivi\nToinen rivi");
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
