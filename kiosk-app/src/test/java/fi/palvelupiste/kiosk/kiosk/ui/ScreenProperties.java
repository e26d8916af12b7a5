package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.SpringProperties;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browserless screens for jqwik properties: each property gets the kiosk's shared Spring context, a fresh Vaadin
 * session and (for staff screens) a logged-in user; {@link #assertScreenTranslated} checks what a person would read.
 * Subclasses are {@code @KioskTest}s in the views' packages.
 */
public abstract class ScreenProperties extends SpringBrowserlessTest {

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Clock clock;
    protected ApplicationContext context;

    @BeforeProperty
    void vaadin() {
        context = SpringProperties.autowire(this);
        logIn();
        initVaadinEnvironment();
    }

    @AfterProperty
    void noVaadin() {
        cleanVaadinEnvironment();
        SpringProperties.logOut();
    }

    /** Runs one try in a transaction that is rolled back: the screen's services join it. */
    protected void rolledBack(Runnable body) {
        SpringProperties.rolledBack(context, body);
    }

    /** Staff screens log in here ({@link SpringProperties#logIn}); residents' screens are used without a log-in. */
    protected void logIn() {
    }

    /** The texts of the notifications shown since the last call, which are closed: each is translated. */
    protected List<String> notifications() {
        List<String> texts = new ArrayList<>();
        for (Notification notification : $(Notification.class).all()) {
            String text = test(notification).getText();
            FuzzChecks.assertTranslated(text);
            texts.add(text);
            notification.close();
        }
        return texts;
    }

    /** No text on the screen is an untranslated key, and every error shown under a kiosk text box says something. */
    protected void assertScreenTranslated() {
        FuzzChecks.assertTranslated(UI.getCurrent().getChildren().map(shown -> shown.getElement().getTextRecursively())
                .collect(Collectors.joining(" ")));
        for (OnScreenField field : $(OnScreenField.class).all()) {
            if (!field.errorText().isEmpty()) {
                assertThat(field.errorText()).startsWith("⚠ ").hasSizeGreaterThan(3);
                FuzzChecks.assertTranslated(field.errorText());
            }
        }
        notifications();
    }
}
