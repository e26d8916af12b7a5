package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Every new screen starts in the kiosk's default language (not the browser's; staff pages in the language their
 * user chose), an unexpected error shows a kind
 * message in the resident's language instead of a technical one, and an expired session quietly starts afresh.
 */
@Component
public class KioskUiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KioskUiSetup.class);

    private final Language defaultLanguage;

    KioskUiSetup(KioskProperties properties) {
        this.defaultLanguage = Language.ofCode(properties.defaultLanguage());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // an expired session (30 minutes without a touch or click) just reloads the page: no technical notice
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(staffLanguage(init.getUI().getSession())
                .orElse(defaultLanguage).locale()));
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            log.error("Unexpected error on a kiosk screen", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification note = Notification.show(ui.getTranslation("error.text"), 8000,
                        Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                note.addClassName("kiosk-notification");
            }
        }));
    }

    private static Optional<Language> staffLanguage(VaadinSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((Language) session.getAttribute(Language.STAFF_SESSION_ATTRIBUTE));
    }
}
