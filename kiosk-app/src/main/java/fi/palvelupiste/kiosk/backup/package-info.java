/** Nightly backups of the kiosk's database and copies of deleted data. */
@NullMarked
package fi.palvelupiste.kiosk.backup;

import org.jspecify.annotations.NullMarked;
