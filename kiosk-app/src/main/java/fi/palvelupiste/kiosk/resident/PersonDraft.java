package fi.palvelupiste.kiosk.resident;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;

/**
 * What the resident has typed about one person so far (herself or a companion). It lives only as long as the screen
 * that holds it: the name and phone steps write into it as the letters are tapped, so "Cancel" knows whether
 * something would be thrown away.
 */
public final class PersonDraft implements Serializable {

    private String firstName = "";
    private String lastName = "";
    private String phone = "";
    private boolean applicationHelp;
    private boolean wheelchair;
    private @Nullable String interpreterLanguage;

    public String firstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String lastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** "Aino Virtanen" */
    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The phone as typed; blank when the resident has none or did not give it. */
    public String phone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean applicationHelp() {
        return applicationHelp;
    }

    public void setApplicationHelp(boolean applicationHelp) {
        this.applicationHelp = applicationHelp;
    }

    public boolean wheelchair() {
        return wheelchair;
    }

    public void setWheelchair(boolean wheelchair) {
        this.wheelchair = wheelchair;
    }

    /** The language an interpreter is needed for, or null for none. */
    public @Nullable String interpreterLanguage() {
        return interpreterLanguage;
    }

    public void setInterpreterLanguage(@Nullable String interpreterLanguage) {
        this.interpreterLanguage = interpreterLanguage;
    }

    public boolean hasTypedText() {
        return !firstName.isBlank() || !lastName.isBlank() || !phone.isBlank();
    }

    public Needs needs() {
        return new Needs(applicationHelp, wheelchair, interpreterLanguage);
    }

    /** The phone as it is stored ("0401234567"), or null when none was given. */
    public @Nullable String nationalPhone() {
        return phone.isBlank() ? null : FinnishMobile.normalize(phone).orElse(null);
    }

    /** The phone as shown ("040 123 4567"); blank when none. */
    public String displayPhone() {
        return phone.isBlank() ? "" : FinnishMobile.display(FinnishMobile.normalize(phone).orElse(phone));
    }

    public Person toPerson() {
        return new Person(firstName, lastName, nationalPhone(), needs());
    }
}
