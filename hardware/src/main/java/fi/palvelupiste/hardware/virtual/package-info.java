/** A virtual printer that keeps what it was sent as text and pictures, for development and tests. */
@NullMarked
package fi.palvelupiste.hardware.virtual;

import org.jspecify.annotations.NullMarked;
