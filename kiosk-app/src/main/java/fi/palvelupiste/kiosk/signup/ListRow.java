package fi.palvelupiste.kiosk.signup;

/** One line of a personal list. {@code slot} is null for people on the waitlist. */
public record ListRow(int number, Signup signup, Slot slot, int waitlistPosition) {
}
