package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.ResidentName;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.signup.RideTicket;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz of rides through {@link RideBookings} and {@link RideManifests}: the coordinator's name, operator, contact
 * phone, village and pickup point, and a resident's name and phone for a ride on its own. Each try is rolled back.
 * A ride or stop is saved with exactly the texts the rule allows, or refused with a {@code ride.error.*} key; a
 * booking succeeds exactly for valid names and phones; boarding slips and manifests print without a stray control
 * byte and the manifest's CSV starts no formula.
 */
@KioskTest
class RideInputFuzzProperties extends ServiceProperties {

    private static final Locale FI = Locale.of("fi");
    private static final String COORDINATOR = "fuzz-coordinator";

    @Autowired
    RideBookings rides;
    @Autowired
    RidePlanning ridePlanning;
    @Autowired
    RideManifests manifests;

    @Property(tries = 800)
    void a_ride_and_stop_with_any_texts_are_saved_as_typed_or_refused_and_print_clean(
            @ForAll("texts") String name, @ForAll("texts") String operator, @ForAll("texts") String phone,
            @ForAll("texts") String village, @ForAll("texts") String pickupPoint) {
        boolean rideAcceptable = !name.isBlank() && acceptable(name, "ride", "name_fi", false)
                && acceptable(operator, "ride", "operator_name", false) && acceptable(phone, "ride", "contact_phone", false);
        boolean stopAcceptable = !village.isBlank() && acceptable(village, "ride_stop", "village", false)
                && acceptable(pickupPoint, "ride_stop", "pickup_point", false);
        Statistics.collect(!rideAcceptable ? "ride refused" : stopAcceptable ? "booked, printed" : "stop refused");
        rolledBack(() -> {
            long[] saved = new long[1];
            RideRefusedException refused = catchThrowableOfType(RideRefusedException.class,
                    () -> saved[0] = ridePlanning.save(null, draft(name, operator, phone), Actor.staff(COORDINATOR)));
            assertRefusedExactlyWhenBroken(refused, rideAcceptable);
            if (refused != null) {
                return;
            }
            Ride ride = ridePlanning.ride(saved[0]).orElseThrow();
            assertStoredAsTyped(ride.name().in(Language.FI), name, "ride", "name_fi", false);
            assertStoredAsTyped(ride.operatorName(), operator, "ride", "operator_name", false);
            assertStoredAsTyped(ride.contactPhone(), phone, "ride", "contact_phone", false);
            RideRefusedException stopRefused = catchThrowableOfType(RideRefusedException.class,
                    () -> ridePlanning.addStop(ride.id(), village, pickupPoint, LocalTime.of(9, 0), Actor.staff(COORDINATOR)));
            assertRefusedExactlyWhenBroken(stopRefused, stopAcceptable);
            if (stopRefused != null) {
                return;
            }
            RideStop stop = ridePlanning.stops(ride.id()).getFirst();
            assertStoredAsTyped(stop.village(), village, "ride_stop", "village", false);
            assertStoredAsTyped(stop.pickupPoint(), pickupPoint, "ride_stop", "pickup_point", false);
            RideTicket ticket = rides.bookStandalone(new RideRequest(stop.id(), 1, false),
                    new Person("Aino", "Virtanen", null, Needs.NONE), FI);
            assertManifestsPrintClean(ride, ticket);
        });
    }

    @Property(tries = 500)
    void a_ride_booked_on_its_own_with_any_name_and_phone_is_stored_as_validated_or_refused(
            @ForAll("names") String first, @ForAll("names") String last, @ForAll("phones") String phone) {
        boolean valid = ResidentName.isValid(first) && ResidentName.isValid(last)
                && (phone.isBlank() || FinnishMobile.normalize(phone).isPresent());
        Statistics.collect(valid ? "booked" : "refused");
        rolledBack(() -> {
            long ride = ridePlanning.save(null, draft("Asiointikyyti", "Tervon Liikenne", "044 765 4321"), Actor.staff(COORDINATOR));
            long stop = ridePlanning.addStop(ride, "Karttula", "Koulun pysäkki", LocalTime.of(9, 0), Actor.staff(COORDINATOR));
            Person person = new Person(first, last, phone, Needs.NONE);
            if (!valid) {
                assertThatThrownBy(() -> rides.bookStandalone(new RideRequest(stop, 1, false), person, FI))
                        .isInstanceOf(IllegalArgumentException.class);
                return;
            }
            RideTicket ticket = rides.bookStandalone(new RideRequest(stop, 1, false), person, FI);
            RideBooking booking = manifests.rows(ride, ListFormat.SCREEN, Actor.staff(COORDINATOR)).getFirst().booking();
            FuzzChecks.assertStored(booking.firstName(), ResidentName.normalize(first),
                    columnLength("ride_booking", "first_name"), false);
            FuzzChecks.assertStored(booking.lastName(), ResidentName.normalize(last),
                    columnLength("ride_booking", "last_name"), false);
            assertThat(booking.phone()).isEqualTo(phone.isBlank() ? null : FinnishMobile.normalize(phone).orElseThrow());
            assertManifestsPrintClean(ridePlanning.ride(ride).orElseThrow(), ticket);
        });
    }

    @Example
    void a_village_longer_than_its_column_is_refused_instead_of_a_database_error() {
        rolledBack(() -> {
            long ride = ridePlanning.save(null, draft("Asiointikyyti", "Tervon Liikenne", "044 765 4321"), Actor.staff(COORDINATOR));
            RideRefusedException refused = catchThrowableOfType(RideRefusedException.class,
                    () -> ridePlanning.addStop(ride, "Karttula".repeat(8), "", LocalTime.of(9, 0), Actor.staff(COORDINATOR)));
            assertThat(refused.messageKey()).isEqualTo("ride.error.too-long");
            assertThat(refused.refusal().orElseThrow().fieldKey()).isEqualTo("ride.admin.village");
        });
    }

    private void assertManifestsPrintClean(Ride ride, RideTicket ticket) {
        assertPrintable(ticket.printJobId());
        assertPrintable(manifests.print(ride.id(), Actor.staff(COORDINATOR), FI));
        List<List<String>> csv = FuzzChecks.assertNoFormula(manifests.csv(ride.id(), Actor.staff(COORDINATOR), FI));
        assertThat(csv).hasSize(2);
    }

    private static void assertRefusedExactlyWhenBroken(RideRefusedException refused, boolean acceptable) {
        if (acceptable) {
            assertThat(refused).as("refusal of texts the rule accepts").isNull();
        } else {
            assertThat(refused).as("refusal of texts that break the rule").isNotNull();
            assertThat(refused.messageKey()).isIn("ride.error.name", "ride.error.stop", "ride.error.too-long",
                    "ride.error.characters");
        }
    }

    private RideDraft draft(String name, String operator, String phone) {
        return new RideDraft(null, LocalDate.now(clock).plusDays(7), LocalizedText.of(Language.FI, name), "Kuopio", Vehicle.SERVICE_MINIBUS,
                8, 1, LocalTime.of(14, 0), operator, phone);
    }

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.oneOf(FuzzText.plain(1, 40), FuzzText.anyText());
    }

    @Provide
    Arbitrary<String> names() {
        return FuzzText.names();
    }

    @Provide
    Arbitrary<String> phones() {
        return FuzzText.phones();
    }
}
