/**
 * The photo day itself: residents check in with their reference code (or staff find them by name), people without
 * a booking take a walk-in number, and one merged line ({@link PhotoDayQueue}) tells the photographer who is next and
 * everyone roughly when. Attendance is personal data deleted with the sign-ups; the counts stay in
 * {@code signup_count}. Settings: {@code kiosk.photo-day.*} ({@link PhotoDayProperties}).
 */
@NullMarked
package fi.palvelupiste.kiosk.photoday;

import org.jspecify.annotations.NullMarked;
