/** The coordinator's campaigns page, /campaigns. */
@NullMarked
package fi.palvelupiste.kiosk.campaign.ui;

import org.jspecify.annotations.NullMarked;
