/**
 * This site's identity: the id written on every record made here ({@code kiosk.site-id} while the kiosk stands
 * alone; the hub's id once linked) and the kiosk's link to its hub (address, device token, last contact).
 */
@NullMarked
package fi.palvelupiste.kiosk.site;

import org.jspecify.annotations.NullMarked;
