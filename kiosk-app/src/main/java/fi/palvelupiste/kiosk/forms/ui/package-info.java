/** Forms and information sheets: the resident's list and preview, the coordinator's editor. */
@NullMarked
package fi.palvelupiste.kiosk.forms.ui;

import org.jspecify.annotations.NullMarked;
