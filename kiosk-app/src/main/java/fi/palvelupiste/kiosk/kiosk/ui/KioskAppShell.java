package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen: server push (a called number reaches the display, a printer's state the resident's
 * screen, without a request of theirs), Lumo and the kiosk's own style sheet. In a {@code ui} package like every other
 * type Vaadin looks for at start, since Vaadin scans only those ({@code KioskApplication}'s {@code @EnableVaadin}).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class KioskAppShell implements AppShellConfigurator {
}
