/**
 * The admin's pages: the services residents queue for, the desks, and the staff accounts. Only views here; the
 * rules live in the queue and security features' services.
 */
@NullMarked
package fi.palvelupiste.kiosk.admin;

import org.jspecify.annotations.NullMarked;
