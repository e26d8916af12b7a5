package fi.palvelupiste.kiosk.site;

/**
 * This kiosk was linked to a hub as {@code siteId}; published in the link's transaction, so what a feature sends of
 * the time before the link (its statistics) is in the outbox exactly when the link is.
 */
public record HubLinked(String siteId) {
}
