package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.kiosk.ui.step.StepCount;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.ride.Ride;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.ArrayList;
import java.util.List;

import static fi.palvelupiste.kiosk.ride.ui.RideFlow.Step.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A ride booked on its own: its steps and transitions, without a screen. */
class RideFlowTest {

    final RideFlow flow = new RideFlow();
    final Ride ride = Mockito.mock(Ride.class);

    @Test
    void the_whole_way_with_a_wheelchair_place_and_back_again() {
        assertThat(flow.stepCount()).isEqualTo(new StepCount(1, 7));
        flow.chooseRide(ride);
        assertThat(flow.step()).isEqualTo(STOP);
        flow.chooseStop(new RideStopChoice(4, "Kuuslahti", "", 3, 1));
        assertThat(flow.step()).isEqualTo(SEATS);
        flow.chooseTravellers(2);
        assertThat(flow.step()).isEqualTo(WHEELCHAIR);
        flow.chooseWheelchair(true);
        assertThat(flow.step()).isEqualTo(NAME);
        flow.traveller().setFirstName("Aino");
        flow.named();
        assertThat(flow.step()).isEqualTo(PHONE);
        flow.phoned();
        assertThat(flow.step()).isEqualTo(SUMMARY);
        assertThat(flow.stepCount()).isEqualTo(new StepCount(7, 7));
        assertThat(flow.choice().request()).isEqualTo(new RideRequest(4, 1, true));
        assertThat(flow.hasTypedText()).isTrue();

        List<RideFlow.Step> backs = new ArrayList<>();
        while (flow.back()) {
            backs.add(flow.step());
        }
        assertThat(backs).containsExactly(PHONE, NAME, WHEELCHAIR, SEATS, STOP, RIDE);
    }

    @Test
    void no_free_wheelchair_place_skips_the_question_and_back_skips_it_too() {
        flow.chooseRide(ride);
        flow.chooseStop(new RideStopChoice(4, "Kuuslahti", "", 3, 0));
        flow.chooseTravellers(1);
        assertThat(flow.step()).isEqualTo(NAME);
        assertThat(flow.stepCount()).as("the bar counts the skipped question").isEqualTo(new StepCount(5, 7));
        flow.back();
        assertThat(flow.step()).isEqualTo(SEATS);
        assertThat(flow.choice().request()).isEqualTo(new RideRequest(4, 1, false));
    }

    @Test
    void a_full_stop_goes_back_to_the_stops_and_a_closed_ride_to_the_rides() {
        flow.chooseRide(ride);
        flow.chooseStop(new RideStopChoice(4, "Kuuslahti", "", 3, 0));
        flow.chooseTravellers(1);
        flow.named();
        flow.phoned();
        flow.full();
        assertThat(flow.step()).isEqualTo(STOP);
        flow.chooseStop(new RideStopChoice(5, "Kirkonkylä", "", 3, 0));
        flow.chooseTravellers(2);
        flow.named();
        flow.phoned();
        flow.closed();
        assertThat(flow.step()).isEqualTo(RIDE);
        assertThat(flow.back()).isFalse();
    }

    @Test
    void another_ride_forgets_the_stop() {
        flow.chooseRide(ride);
        flow.chooseStop(new RideStopChoice(4, "Kuuslahti", "", 3, 1));
        flow.back();
        flow.back();
        flow.chooseRide(ride);
        assertThat(flow.choice().stop()).isNull();
    }
}
