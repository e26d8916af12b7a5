package fi.palvelupiste.kiosk.resident;

import org.jspecify.annotations.Nullable;

/**
 * The person signing up, as typed at the kiosk, already checked with {@link ResidentName} and {@link FinnishMobile}.
 *
 * @param phone a Finnish mobile number in national form (0401234567), or null when none was given
 */
public record Person(String firstName, String lastName, @Nullable String phone, Needs needs) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
