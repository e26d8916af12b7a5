/** Taking a number, the desk's page, the waiting-room display and the statistics. */
@NullMarked
package fi.palvelupiste.kiosk.queue.ui;

import org.jspecify.annotations.NullMarked;
