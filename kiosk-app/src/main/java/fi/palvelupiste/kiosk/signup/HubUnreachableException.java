package fi.palvelupiste.kiosk.signup;

/** The hub could not be asked (no link, no network, no answer in time); nothing was changed there. */
public class HubUnreachableException extends RuntimeException {

    public HubUnreachableException(String why) {
        super(why);
    }
}
