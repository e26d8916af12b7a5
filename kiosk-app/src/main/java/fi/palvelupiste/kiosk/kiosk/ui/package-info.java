/** The resident shell: layout, start screen, on-screen keyboard and keypad, idle reset, print progress. */
@NullMarked
package fi.palvelupiste.kiosk.kiosk.ui;

import org.jspecify.annotations.NullMarked;
