/**
 * Many kiosks, one hub (README "The hub"). On the hub (profile {@code hub}): sites, their enrolled kiosks (devices)
 * and the sync API at {@code /api/sync/} on its own stateless security chain with device tokens. On a kiosk: the
 * link to a hub (enrolment with a one-time code) and its regular contact. Settings: {@code kiosk.hub.*}
 * ({@link HubProperties}).
 */
@NullMarked
package fi.palvelupiste.kiosk.hub;

import org.jspecify.annotations.NullMarked;
