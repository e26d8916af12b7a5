package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The result of a sign-up: the event and each person booked (the resident first, then a companion), and the ride
 * booked with it under the resident's code (null when none).
 */
public record Confirmation(SignupEvent event, List<Booked> people, @Nullable RideTicket ride) {

    public Confirmation(SignupEvent event, List<Booked> people) {
        this(event, people, null);
    }

    public Booked resident() {
        return people.getFirst();
    }

    public boolean waitlisted() {
        return resident().signup().status() == SignupStatus.WAITLISTED;
    }
}
