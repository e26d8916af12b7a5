package fi.palvelupiste.kiosk.signup;

/**
 * The hub's copy of a sign-up made at another site, as a kiosk is shown it when a resident types its reference code
 * there.
 *
 * @param siteName         where it was made (its kiosk takes any change)
 * @param waitlistPosition 1 = next to get a place at that site; 0 when not waiting
 * @param organiserPhone   the event's organiser, for a resident at a kiosk whose site does not offer the event
 */
public record HeldElsewhere(SignupRecord signup, String siteName, int waitlistPosition, String organiserPhone) {
}
