package fi.palvelupiste.kiosk.signup;

import java.util.UUID;

/**
 * Published in the transaction that changed an event, its slots or the sites offering it, so that the hub's change
 * log hands the new state down to the kiosks. On a kiosk nobody listens: its own events stay its own.
 */
public record SharedEventChanged(UUID eventPublicId) {
}
