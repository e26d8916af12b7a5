package fi.palvelupiste.kiosk.ride;

/** One booking on the driver's manifest, under its stop. */
public record ManifestRow(RideStop stop, RideBooking booking) {
}
