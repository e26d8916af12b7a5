package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's part of the waiting-room display (the photo day's line), shown under the queues' calls: a Spring
 * bean, so the display knows no feature. Each part draws and updates itself and shows no personal data.
 */
public interface WaitingRoomPart {

    /** A new component for one display. */
    Component create();
}
