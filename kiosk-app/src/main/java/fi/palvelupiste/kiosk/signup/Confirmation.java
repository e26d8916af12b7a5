package fi.palvelupiste.kiosk.signup;

import java.util.List;

/** The result of a sign-up: the event and each person booked (the resident first, then a companion). */
public record Confirmation(SignupEvent event, List<Booked> people) {

    public Booked resident() {
        return people.getFirst();
    }

    public boolean waitlisted() {
        return resident().signup().status() == SignupStatus.WAITLISTED;
    }
}
