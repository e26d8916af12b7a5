package fi.palvelupiste.kiosk.ride;

import java.util.UUID;

/** A hub ride, its stops or its sites changed, in the transaction of the change: the hub's change log notes it. */
public record SharedRideChanged(UUID ridePublicId) {
}
