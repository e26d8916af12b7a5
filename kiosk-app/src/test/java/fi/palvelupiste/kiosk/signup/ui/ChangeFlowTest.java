package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.Booked;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.signup.RideTicket;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import static fi.palvelupiste.kiosk.signup.ui.ChangeFlow.Step.*;
import static org.assertj.core.api.Assertions.assertThat;

/** "I have a reference code": its steps and transitions, without a screen. */
class ChangeFlowTest {

    final ChangeFlow flow = new ChangeFlow();
    final Booking booking = Mockito.mock(Booking.class);
    final RideTicket ride = Mockito.mock(RideTicket.class);

    @Test
    void a_wrong_code_goes_back_to_the_code_with_the_reason_once_and_forgets_the_letters() {
        flow.typeCode("ZZZZZ2");
        flow.codeGiven();
        assertThat(flow.step()).isEqualTo(SURNAME);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(2, 3));
        flow.typeSurname("Vir");
        flow.notFound("Koodilla ei löytynyt varausta");
        assertThat(flow.step()).isEqualTo(CODE);
        assertThat(flow.code()).as("the code stays to be corrected").isEqualTo("ZZZZZ2");
        assertThat(flow.surname()).as("the letters do not carry over to the next try").isEmpty();
        assertThat(flow.takeCodeMessage()).isEqualTo("Koodilla ei löytynyt varausta");
        assertThat(flow.takeCodeMessage()).isNull();
        assertThat(flow.back()).isFalse();
    }

    @Test
    void found_booking_cancel_question_keep_and_cancel() {
        flow.typeCode("ABCDEF");
        flow.codeGiven();
        flow.typeSurname("Vi");
        flow.found(booking, ride);
        assertThat(flow.step()).isEqualTo(BOOKING);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(3, 3));
        flow.choose(ChangeFlow.Action.CANCEL_RIDE);
        assertThat(flow.step()).isEqualTo(CANCEL_QUESTION);
        assertThat(flow.rideOnly()).isTrue();
        assertThat(flow.stepCount()).isNull();
        flow.back();
        assertThat(flow.step()).as("keep: back to the booking").isEqualTo(BOOKING);
        assertThat(flow.rideOnly()).isFalse();
        flow.choose(ChangeFlow.Action.CANCEL);
        assertThat(flow.rideOnly()).isFalse();
        Booked cancelled = Mockito.mock(Booked.class);
        flow.cancelled(cancelled);
        assertThat(flow.step()).isEqualTo(DONE);
        assertThat(flow.wasCancelled()).isTrue();
        assertThat(flow.changed()).isSameAs(cancelled);
    }

    @Test
    void the_place_slip_printing_stays_with_the_booking_found_and_is_forgotten_at_the_next_lookup() {
        flow.codeGiven();
        flow.found(booking, null);
        flow.placeSlipPrinted(42);
        assertThat(flow.step()).as("the booking stays on screen").isEqualTo(BOOKING);
        assertThat(flow.placeSlipJob()).isEqualTo(42L);
        flow.back();
        flow.back();
        flow.codeGiven();
        flow.found(Mockito.mock(Booking.class), null);
        assertThat(flow.placeSlipJob()).as("another code's booking").isNull();
    }

    @Test
    void moving_and_a_booking_changed_meanwhile() {
        flow.codeGiven();
        flow.found(booking, null);
        flow.choose(ChangeFlow.Action.MOVE);
        assertThat(flow.step()).isEqualTo(MOVE);
        flow.back();
        assertThat(flow.step()).isEqualTo(BOOKING);
        flow.choose(ChangeFlow.Action.CANCEL);
        flow.changedMeanwhile(booking, null);
        assertThat(flow.step()).isEqualTo(BOOKING);
        flow.back();
        assertThat(flow.step()).isEqualTo(SURNAME);
        flow.back();
        assertThat(flow.step()).isEqualTo(CODE);
        flow.codeGiven();
        flow.found(booking, null);
        flow.choose(ChangeFlow.Action.MOVE);
        flow.moved(Mockito.mock(Booked.class));
        assertThat(flow.step()).isEqualTo(DONE);
        assertThat(flow.wasCancelled()).isFalse();
    }

    @Test
    void typed_text_is_the_code_or_the_letters() {
        assertThat(flow.hasTypedText()).isFalse();
        flow.typeSurname("V");
        assertThat(flow.hasTypedText()).isTrue();
    }

    @Test
    void a_ride_changes_through_stop_travellers_and_wheelchair_and_a_full_ride_goes_back_to_the_stop() {
        flow.typeCode("ABCDEF");
        flow.codeGiven();
        flow.found(null, ride);
        flow.choose(ChangeFlow.Action.CHANGE_RIDE);
        assertThat(flow.step()).isEqualTo(RIDE_STOP);
        flow.chooseRideStop(new RideStopChoice(7, "Kuuslahti", "", 3, 1));
        assertThat(flow.step()).isEqualTo(RIDE_SEATS);
        flow.chooseRideTravellers(2);
        assertThat(flow.step()).as("the stop has a wheelchair place free").isEqualTo(RIDE_WHEELCHAIR);
        flow.chooseRideWheelchair(true);
        assertThat(flow.step()).isEqualTo(RIDE_SUMMARY);
        assertThat(flow.rideChoice().request()).isEqualTo(new RideRequest(7, 1, true));

        flow.rideFull();
        assertThat(flow.step()).isEqualTo(RIDE_STOP);
        flow.chooseRideStop(new RideStopChoice(8, "Karttula", "", 3, 0));
        flow.chooseRideTravellers(1);
        assertThat(flow.step()).as("no wheelchair place free: no question").isEqualTo(RIDE_SUMMARY);
        assertThat(flow.rideChoice().request()).isEqualTo(new RideRequest(8, 1, false));
        RideTicket changed = Mockito.mock(RideTicket.class);
        flow.rideChanged(changed);
        assertThat(flow.step()).isEqualTo(DONE);
        assertThat(flow.changedRide()).isSameAs(changed);
    }
}
