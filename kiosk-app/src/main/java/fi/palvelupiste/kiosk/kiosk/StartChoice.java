package fi.palvelupiste.kiosk.kiosk;

import com.vaadin.flow.function.SerializableRunnable;

/**
 * One big button on the kiosk's start screen, contributed by a feature.
 *
 * @param id     stable identifier, also the button's id in the page ("start-choice-queue-A")
 * @param label  what the button says, in the resident's language
 * @param hint   one line under it that says what it is for; may be empty
 * @param order  position on the screen, smaller first
 * @param choose what a tap does
 */
public record StartChoice(String id, String label, String hint, int order, SerializableRunnable choose) {
}
