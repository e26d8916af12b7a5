package fi.palvelupiste.kiosk.signup;

/** An event with its numbers, for the coordinator's overview. */
public record EventSummary(SignupEvent event, int places, int confirmed, int waitlisted, int cancelled) {
}
