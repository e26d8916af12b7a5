package fi.palvelupiste.kiosk.forms;

import java.util.UUID;

/**
 * Published in the transaction that published a form's new version, so that the hub's change log hands it down to
 * the kiosks. On a kiosk nobody listens.
 */
public record SharedFormChanged(UUID formPublicId) {
}
