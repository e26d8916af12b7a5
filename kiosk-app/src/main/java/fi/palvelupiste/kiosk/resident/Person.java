package fi.palvelupiste.kiosk.resident;

import org.jspecify.annotations.Nullable;

/**
 * The person signing up, as typed at the kiosk, already checked with {@link ResidentName} and {@link FinnishMobile}.
 *
 * @param phone a Finnish mobile number in national form (0401234567), or null when none was given
 */
public record Person(String firstName, String lastName, @Nullable String phone, Needs needs) {

    /**
     * The person as stored: names normalized, the phone in national form ("0401234567") or null.
     *
     * @throws IllegalArgumentException a name breaks the name rule, or the phone is not a Finnish mobile
     */
    public Person validated() {
        String first = ResidentName.normalize(firstName);
        String last = ResidentName.normalize(lastName);
        if (!ResidentName.isValid(first) || !ResidentName.isValid(last)) {
            throw new IllegalArgumentException("a name breaks the name rule");
        }
        String national = null;
        if (phone != null && !phone.isBlank()) {
            national = FinnishMobile.normalize(phone)
                    .orElseThrow(() -> new IllegalArgumentException("not a Finnish mobile number"));
        }
        return new Person(first, last, national, needs == null ? Needs.NONE : needs);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
