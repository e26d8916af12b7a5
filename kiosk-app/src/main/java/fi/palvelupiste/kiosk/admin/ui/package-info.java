/** Admin pages for services, desks and staff users. */
@NullMarked
package fi.palvelupiste.kiosk.admin.ui;

import org.jspecify.annotations.NullMarked;
