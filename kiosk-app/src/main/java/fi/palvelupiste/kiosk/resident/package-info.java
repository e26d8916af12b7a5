/** What a resident tells about herself and her companion, with the rules for names and phones: values only. */
@NullMarked
package fi.palvelupiste.kiosk.resident;

import org.jspecify.annotations.NullMarked;
