package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.signup.FinnishMobile;
import fi.palvelupiste.kiosk.signup.Needs;
import fi.palvelupiste.kiosk.signup.Person;

import java.io.Serializable;

/** What the resident has typed about one person so far; lives only as long as the screen. */
class PersonDraft implements Serializable {

    String firstName = "";
    String lastName = "";
    String phone = "";
    boolean applicationHelp;
    boolean wheelchair;
    String interpreterLanguage;

    boolean hasTypedText() {
        return !firstName.isBlank() || !lastName.isBlank() || !phone.isBlank();
    }

    Needs needs() {
        return new Needs(applicationHelp, wheelchair, interpreterLanguage);
    }

    Person toPerson() {
        String national = phone.isBlank() ? null : FinnishMobile.normalize(phone).orElse(null);
        return new Person(firstName, lastName, national, needs());
    }
}
