/** The printer port: sending a job, asking the printer's state, printer profiles. */
@NullMarked
package fi.palvelupiste.hardware.printer;

import org.jspecify.annotations.NullMarked;
