/**
 * Pages for library staff, coordinators and admins (log-in required): the shared frame with its menu, and the
 * staff's queue desk. Features add their own pages to the menu with {@code @Menu} on a view that uses
 * {@link fi.palvelupiste.kiosk.staff.ui.StaffLayout}; the menu shows only what the person's role may open.
 */
@NullMarked
package fi.palvelupiste.kiosk.staff;

import org.jspecify.annotations.NullMarked;
