package fi.palvelupiste.kiosk.ride;

import java.util.Locale;

/** What picks the residents up; the name of each is {@code ride.vehicle.<name>}. */
public enum Vehicle {
    BUS, SERVICE_MINIBUS, WHEELCHAIR_TAXI, VOLUNTEER_CAR;

    public String messageKey() {
        return "ride.vehicle." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
