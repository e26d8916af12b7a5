package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.Confirmation;
import fi.palvelupiste.kiosk.signup.EventKind;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fi.palvelupiste.kiosk.signup.ui.SignupFlow.Step.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The sign-up's steps and transitions, without a screen: what comes next, what "Back" shows, what the bar counts. */
class SignupFlowTest {

    static final EventKind PHOTO_DAY = new EventKind("photo", LocalizedText.of(Language.FI, "Kuvauspäivä"),
            BookingUnit.SLOTS,
            true, true, true, "", 1);
    static final EventKind NO_QUESTIONS = new EventKind("talk", LocalizedText.of(Language.FI, "Tilaisuus"),
            BookingUnit.SLOTS,
            false, false, false, "", 2);
    static final EventKind TRIP = new EventKind("trip", LocalizedText.of(Language.FI, "Retki"), BookingUnit.SEATS,
            false, true, false, "", 3);

    final SignupFlow flow = new SignupFlow();

    @Test
    void the_whole_way_with_a_companion_and_back_through_every_step() {
        assertThat(flow.step()).isEqualTo(EVENT);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(1, 7));
        flow.chooseEvent(event(1, PHOTO_DAY), List.of());
        assertThat(flow.step()).isEqualTo(SLOT);
        flow.chooseSlot(slot(11, 1));
        assertThat(flow.step()).isEqualTo(NAME);
        flow.resident().setFirstName("Aino");
        flow.named();
        assertThat(flow.step()).isEqualTo(PHONE);
        flow.phoned();
        assertThat(flow.step()).isEqualTo(NEEDS);
        flow.needsGiven();
        assertThat(flow.step()).isEqualTo(INTERPRETER);
        assertThat(flow.stepCount()).as("the interpreter is part of the needs step").isEqualTo(new StepCount(5, 7));
        flow.interpreterChosen("uk");
        assertThat(flow.resident().interpreterLanguage()).isEqualTo("uk");
        assertThat(flow.step()).isEqualTo(COMPANION);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(6, 7));
        flow.companion(true);
        assertThat(flow.step()).isEqualTo(COMPANION_NAME);
        assertThat(flow.subject()).isSameAs(flow.companion());
        assertThat(flow.stepCount()).as("a companion's questions count as the companion step").isEqualTo(new StepCount(6, 7));
        flow.named();
        assertThat(flow.step()).isEqualTo(COMPANION_PHONE);
        flow.phoned();
        assertThat(flow.step()).isEqualTo(COMPANION_NEEDS);
        flow.needsGiven();
        assertThat(flow.step()).isEqualTo(COMPANION_INTERPRETER);
        flow.interpreterChosen(null);
        assertThat(flow.companion().interpreterLanguage()).isNull();
        assertThat(flow.step()).isEqualTo(SUMMARY);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(7, 7));

        List<SignupFlow.Step> backs = new java.util.ArrayList<>();
        while (flow.back()) {
            backs.add(flow.step());
        }
        assertThat(backs).containsExactly(COMPANION_INTERPRETER, COMPANION_NEEDS, COMPANION_PHONE, COMPANION_NAME,
                COMPANION, INTERPRETER, NEEDS, PHONE, NAME, SLOT, EVENT);
        assertThat(flow.resident().firstName()).as("what was typed stays while going back").isEqualTo("Aino");
        assertThat(flow.hasTypedText()).isTrue();
    }

    @Test
    void an_event_without_questions_skips_the_needs_and_the_bar_counts_six() {
        flow.chooseEvent(event(1, NO_QUESTIONS), List.of());
        assertThat(flow.stepCount()).isEqualTo(new StepCount(2, 6));
        flow.chooseSlot(slot(11, 1));
        flow.named();
        flow.phoned();
        assertThat(flow.step()).isEqualTo(COMPANION);
        flow.companion(true);
        flow.named();
        flow.phoned();
        assertThat(flow.step()).isEqualTo(SUMMARY);
        assertThat(flow.back()).isTrue();
        assertThat(flow.step()).isEqualTo(COMPANION_PHONE);
    }

    @Test
    void saying_no_to_the_companion_after_yes_forgets_the_companion() {
        toCompanion(event(1, PHOTO_DAY), List.of());
        flow.companion(true);
        flow.subject().setFirstName("Eino");
        flow.back();
        flow.companion(false);
        assertThat(flow.companion()).isNull();
        assertThat(flow.step()).isEqualTo(SUMMARY);
        assertThat(flow.request(Locale.of("fi")).companion()).isNull();
        flow.back();
        assertThat(flow.step()).isEqualTo(COMPANION);
    }

    @Test
    void a_full_event_offers_the_waitlist_which_asks_no_ride_and_books_no_slot() {
        flow.chooseEvent(event(1, PHOTO_DAY), List.of(stop(5, 2, 1)));
        assertThat(flow.hasRides()).isTrue();
        flow.joinWaitlist();
        assertThat(flow.hasRides()).as("the waitlist gets no ride").isFalse();
        assertThat(flow.step()).isEqualTo(NAME);
        flow.named();
        flow.phoned();
        flow.needsGiven();
        flow.interpreterChosen(null);
        assertThat(flow.step()).isEqualTo(COMPANION);
        flow.companion(false);
        assertThat(flow.request(Locale.of("fi")).waitlist()).isTrue();
        assertThat(flow.rideRequest()).isNull();
    }

    @Test
    void the_ride_questions_come_after_the_needs_and_the_wheelchair_only_when_a_place_is_free() {
        flow.chooseEvent(event(1, PHOTO_DAY), List.of(stop(5, 2, 1), stop(6, 2, 0)));
        assertThat(flow.stepCount()).isEqualTo(new StepCount(2, 8));
        flow.chooseSlot(slot(11, 1));
        flow.named();
        flow.phoned();
        flow.needsGiven();
        flow.interpreterChosen(null);
        assertThat(flow.step()).isEqualTo(RIDE);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(6, 8));
        flow.wantsRide(true);
        assertThat(flow.step()).isEqualTo(RIDE_STOP);
        assertThat(flow.stepCount()).as("the ride's questions count as the ride step").isEqualTo(new StepCount(6, 8));
        flow.rideStop(stop(6, 2, 0));
        flow.rideTravellers(2);
        assertThat(flow.step()).as("no wheelchair place free at this stop").isEqualTo(COMPANION);
        flow.back();
        flow.back();
        flow.rideStop(stop(5, 2, 1));
        flow.rideTravellers(2);
        assertThat(flow.step()).isEqualTo(RIDE_WHEELCHAIR);
        flow.rideWheelchair(true);
        assertThat(flow.step()).isEqualTo(COMPANION);
        assertThat(flow.rideRequest()).isEqualTo(new fi.palvelupiste.kiosk.resident.RideRequest(5, 1, true));
    }

    @Test
    void no_ride_means_no_ride_request_even_after_choosing_a_stop_first() {
        flow.chooseEvent(event(1, PHOTO_DAY), List.of(stop(5, 2, 1)));
        flow.chooseSlot(slot(11, 1));
        flow.named();
        flow.phoned();
        flow.needsGiven();
        flow.interpreterChosen(null);
        flow.wantsRide(true);
        flow.rideStop(stop(5, 2, 1));
        flow.back();
        flow.back();
        flow.wantsRide(false);
        assertThat(flow.step()).isEqualTo(COMPANION);
        assertThat(flow.rideRequest()).isNull();
    }

    @Test
    void when_saving_fails_the_resident_is_sent_back_to_the_step_to_change() {
        toCompanion(event(1, PHOTO_DAY), List.of(stop(5, 2, 1)));
        flow.companion(false);
        flow.slotFilled();
        assertThat(flow.step()).isEqualTo(SLOT);
        flow.back();
        assertThat(flow.step()).isEqualTo(EVENT);

        toCompanion(event(1, PHOTO_DAY), List.of(stop(5, 2, 1)));
        flow.companion(false);
        flow.closed();
        assertThat(flow.step()).isEqualTo(EVENT);
        assertThat(flow.back()).as("the first step leaves the flow").isFalse();
    }

    @Test
    void a_full_ride_goes_back_to_the_stops() {
        flow.chooseEvent(event(1, PHOTO_DAY), List.of(stop(5, 2, 1)));
        flow.chooseSlot(slot(11, 1));
        flow.named();
        flow.phoned();
        flow.needsGiven();
        flow.interpreterChosen(null);
        flow.wantsRide(true);
        flow.rideStop(stop(5, 2, 1));
        flow.rideTravellers(1);
        flow.rideWheelchair(false);
        flow.companion(false);
        flow.rideFull();
        assertThat(flow.step()).isEqualTo(RIDE_STOP);
        flow.back();
        assertThat(flow.step()).isEqualTo(RIDE);
    }

    @Test
    void the_linked_trip_asks_only_the_departure_with_the_same_people() {
        toCompanion(event(1, PHOTO_DAY), List.of());
        flow.resident().setFirstName("Aino");
        flow.companion(false);
        flow.confirmed(new Confirmation(event(1, PHOTO_DAY), List.of()));
        assertThat(flow.step()).isEqualTo(DONE);
        assertThat(flow.stepCount()).isNull();

        flow.startLinked(event(2, TRIP), List.of());
        assertThat(flow.step()).isEqualTo(SLOT);
        assertThat(flow.event().id()).isEqualTo(2);
        assertThat(flow.confirmation()).isNull();
        flow.chooseSlot(slot(21, 2));
        assertThat(flow.step()).isEqualTo(SUMMARY);
        assertThat(flow.resident().firstName()).isEqualTo("Aino");
        flow.back();
        assertThat(flow.step()).isEqualTo(SLOT);
        flow.back();
        assertThat(flow.step()).isEqualTo(EVENT);

        flow.chooseEvent(event(2, TRIP), List.of(stop(5, 2, 0)));
        flow.chooseSlot(slot(21, 2));
        assertThat(flow.step()).as("known people with a ride: the ride first").isEqualTo(RIDE);
        flow.wantsRide(false);
        assertThat(flow.step()).isEqualTo(SUMMARY);
    }

    @Test
    void choosing_another_event_forgets_the_time_and_the_ride_but_not_the_people() {
        flow.chooseEvent(event(1, PHOTO_DAY), List.of(stop(5, 2, 1)));
        flow.chooseSlot(slot(11, 1));
        flow.resident().setLastName("Virtanen");
        flow.back();
        flow.back();
        flow.chooseEvent(event(3, NO_QUESTIONS), List.of());
        assertThat(flow.slot()).isNull();
        assertThat(flow.hasRides()).isFalse();
        assertThat(flow.resident().lastName()).isEqualTo("Virtanen");
    }

    private void toCompanion(SignupEvent event, List<RideStopChoice> stops) {
        flow.chooseEvent(event, stops);
        flow.chooseSlot(slot(11, event.id()));
        flow.named();
        flow.phoned();
        flow.needsGiven();
        flow.interpreterChosen(null);
        if (flow.step() == RIDE) {
            flow.wantsRide(false);
        }
        assertThat(flow.step()).isEqualTo(COMPANION);
    }

    static SignupEvent event(long id, EventKind kind) {
        OffsetDateTime now = OffsetDateTime.parse("2027-01-01T10:00:00+02:00");
        return new SignupEvent(id, UUID.randomUUID(), "site", kind, LocalizedText.of(Language.FI, "Kuvauspäivä"), "Kylätalo",
                "Tie 1", "Tervo", LocalDate.of(2027, 1, 14), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY, "040 111 2222", now, now.plusDays(10),
                null, null, null, null, now, now, false);
    }

    static Slot slot(long id, long eventId) {
        return new Slot(id, UUID.randomUUID(), eventId, LocalTime.of(10, 0), LocalTime.of(10, 10), 2, 0, 0);
    }

    static RideStopChoice stop(long id, int seats, int wheelchairPlaces) {
        return new RideStopChoice(id, "Stop " + id, "", seats, wheelchairPlaces);
    }
}
