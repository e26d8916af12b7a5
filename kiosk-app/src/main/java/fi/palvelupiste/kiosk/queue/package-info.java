/** Queue numbers: services, tickets, desks calling, statistics. */
@NullMarked
package fi.palvelupiste.kiosk.queue;

import org.jspecify.annotations.NullMarked;
