/**
 * The kiosk's own database as a thing that must last: migrations that leave no session-bound schema behind,
 * commits that are on disk before a screen shows them, and the checks that tell staff when storage is failing.
 */
@NullMarked
package fi.palvelupiste.kiosk.storage;

import org.jspecify.annotations.NullMarked;
