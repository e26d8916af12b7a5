package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.ResidentName;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.SpringProperties;
import fi.palvelupiste.kiosk.ride.RideDraft;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.Vehicle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fuzz of everything a resident's answers reach through the service layer: names and phones of the resident and a
 * companion (sign-up with a ride), the reference code and surname letters of "I have a code", and staff's booking
 * search. Each try is rolled back. Properties: the call succeeds exactly when the validators accept the input, or
 * is refused with the feature's own exception; what is stored is what was accepted, fits its column and holds no
 * control character; slips, lists and manifests printed from it hold no control byte; CSV exports start no formula.
 */
@KioskTest
class ResidentInputFuzzProperties extends ServiceProperties {

    private static final Locale FI = Locale.of("fi");
    private static final String STAFF = "fuzz-staff";

    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges signupChanges;
    @Autowired
    ReferenceCodes referenceCodes;
    @Autowired
    SignupLists lists;
    @Autowired
    EventPlanning planning;
    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    RideManifests manifests;

    /** An event with slots and a ride, and one resident signed up: made once, committed, shared by the tries. */
    record Fixture(long event, long slot, long ride, long stop, String code, String lastName) {
    }

    private static Fixture fixture;

    @BeforeProperty
    void fixture() {
        if (fixture == null) {
            fixture = SpringProperties.committed(context(), () -> {
                long event = SignupFixtures.photoDay(planning, clock, 2, 50);
                long ride = ridePlanning.save(null, new RideDraft(event, null, LocalizedText.of(Language.FI, "Kylien kyyti"), "Kylätalo", Vehicle.BUS,
                        40, 2, LocalTime.of(15, 0), "Tervon Liikenne", "044 765 4321"), Actor.staff(SignupFixtures.COORDINATOR));
                long stop = ridePlanning.addStop(ride, "Karttula", "Koulun pysäkki", LocalTime.of(8, 15), Actor.staff(SignupFixtures.COORDINATOR));
                long slot = signups.slots(event).getFirst().id();
                Confirmation aino = signups.signUp(new SignupRequest(event, slot,
                        SignupFixtures.person("Aino", "Virtanen", "0401234567"), null, FI));
                return new Fixture(event, slot, ride, stop, aino.resident().signup().referenceCode(), "Virtanen");
            });
        }
    }

    // ---- signing up ----------------------------------------------------------------------------------------------

    @Property(tries = 1000)
    void a_sign_up_with_any_names_and_phones_is_stored_as_validated_or_refused(
            @ForAll("names") String first, @ForAll("names") String last, @ForAll("phones") String phone,
            @ForAll("companions") Optional<Person> companion, @ForAll boolean withRide, @ForAll PersonList list) {
        Person person = new Person(first, last, phone, Needs.NONE);
        boolean valid = valid(person) && companion.map(ResidentInputFuzzProperties::valid).orElse(true);
        Statistics.collect(valid ? "signed up" : "refused");
        rolledBack(() -> {
            SignupRequest request = new SignupRequest(fixture.event(), fixture.slot(), person, companion.orElse(null), FI);
            RideRequest ride = withRide ? new RideRequest(fixture.stop(), 1, false) : null;
            if (!valid) {
                assertThatThrownBy(() -> signups.signUp(request, ride)).isInstanceOf(IllegalArgumentException.class);
                return;
            }
            Confirmation done;
            try {
                done = signups.signUp(request, ride);
            } catch (AlreadySignedUpException already) {
                assertThat(already.existing().lastName()).isEqualToIgnoringCase(fixture.lastName());
                return;
            }
            List<Person> people = new ArrayList<>(List.of(person));
            companion.ifPresent(people::add);
            assertThat(done.people()).hasSize(people.size());
            for (int i = 0; i < people.size(); i++) {
                assertStoredAsAccepted(done.people().get(i).signup().id(), people.get(i));
                assertPrintable(done.people().get(i).printJobId());
            }
            if (withRide) {
                assertPrintable(done.ride().printJobId());
                assertPrintable(manifests.print(fixture.ride(), Actor.staff(STAFF), FI));
                FuzzChecks.assertNoFormula(manifests.csv(fixture.ride(), Actor.staff(STAFF), FI));
            }
            FuzzChecks.assertNoFormula(lists.csv(fixture.event(), list, Actor.staff(STAFF), FI));
            assertPrintable(lists.print(fixture.event(), list, Actor.staff(STAFF), FI));
        });
    }

    private static boolean valid(Person person) {
        return ResidentName.isValid(person.firstName()) && ResidentName.isValid(person.lastName())
                && (person.phone() == null || person.phone().isBlank()
                || FinnishMobile.normalize(person.phone()).isPresent());
    }

    private void assertStoredAsAccepted(long signupId, Person typed) {
        Signup stored = signupChanges.booking(signupId).orElseThrow().signup();
        FuzzChecks.assertStored(stored.firstName(), ResidentName.normalize(typed.firstName()),
                columnLength("signup", "first_name"), false);
        FuzzChecks.assertStored(stored.lastName(), ResidentName.normalize(typed.lastName()),
                columnLength("signup", "last_name"), false);
        String phone = typed.phone() == null || typed.phone().isBlank() ? null
                : FinnishMobile.normalize(typed.phone()).orElseThrow();
        assertThat(stored.phone()).isEqualTo(phone);
    }

    @Example
    void a_name_of_sixty_astral_letters_is_refused_as_too_long_for_its_column() {
        String sixty = "𝐀".repeat(ResidentName.MAX_LENGTH);
        assertThat(ResidentName.problem(sixty)).contains(ResidentName.Problem.TOO_LONG);
        assertThat(ResidentName.problem("𝐀".repeat(30))).isEmpty();
    }

    // ---- "I have a reference code" -----------------------------------------------------------------------------

    @Property(tries = 1000)
    void a_code_lookup_with_any_code_and_surname_letters_answers_and_never_fails(
            @ForAll("codes") String code, @ForAll("surnames") String surname) {
        rolledBack(() -> {
            CodeLookup answer = referenceCodes.lookUp("fuzz-" + UUID.randomUUID(), "fuzz-device-" + UUID.randomUUID(), code,
                    surname);
            Statistics.collect(answer.getClass().getSimpleName());
            if (answer instanceof CodeLookup.Found found) {
                assertThat(found.booking().signup().referenceCode()).isEqualTo(ReferenceCode.normalize(code));
                assertThat(ReferenceCodes.surnameMatches(found.booking().signup().lastName(), surname)).isTrue();
            }
            boolean right = ReferenceCode.normalize(code).equals(fixture.code())
                    && ReferenceCodes.surnameMatches(fixture.lastName(), surname);
            assertThat(answer instanceof CodeLookup.Found).as("found").isEqualTo(right);
        });
    }

    @Property(tries = 500)
    void a_staff_search_for_any_text_answers_with_at_most_fifty_bookings(@ForAll("queries") String query) {
        rolledBack(() -> {
            List<Booking> found = signupChanges.search(query, Actor.staff(STAFF));
            assertThat(found).hasSizeLessThanOrEqualTo(50);
            if (ReferenceCode.normalize(query.strip()).equals(fixture.code())) {
                assertThat(found).extracting(b -> b.signup().referenceCode()).contains(fixture.code());
            }
        });
    }

    // ---- generators ----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> names() {
        return FuzzText.names();
    }

    @Provide
    Arbitrary<String> phones() {
        return FuzzText.phones();
    }

    @Provide
    Arbitrary<Optional<Person>> companions() {
        return net.jqwik.api.Combinators.combine(names(), names(), phones())
                .as((first, last, phone) -> new Person(first, last, phone, Needs.NONE)).optional(0.3);
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> alphabet = Arbitraries.strings().withChars(ReferenceCode.ALPHABET + "01ILO").ofLength(6);
        Arbitrary<String> typedRight = Arbitraries.lazy(() -> Arbitraries.of(" ", "-", "", "  ")
                .map(sep -> (fixture.code().substring(0, 3) + sep + fixture.code().substring(3)).toLowerCase(Locale.ROOT)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, typedRight), net.jqwik.api.Tuple.of(20, alphabet),
                net.jqwik.api.Tuple.of(50, FuzzText.anyText()));
    }

    @Provide
    Arbitrary<String> surnames() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, Arbitraries.of("vi", "Vi", "VIR", "virtanen", "v",
                        " vi ", "ви")), net.jqwik.api.Tuple.of(70, FuzzText.anyText()));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.lazy(() -> Arbitraries.of(fixture.code(),
                "aino", "Virtanen", "%", "_", "\\", "' OR '1'='1"))), net.jqwik.api.Tuple.of(80, FuzzText.anyText()));
    }
}
