/** The storage page for staff: disk space, database state, restore. */
@NullMarked
package fi.palvelupiste.kiosk.storage.ui;

import org.jspecify.annotations.NullMarked;
