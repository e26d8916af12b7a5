package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen that failed to open shows a kind message, never the exception or its stack trace (Vaadin's own error
 * page shows both in development mode); the details go to the log only.
 */
@AnonymousAllowed
@ParentLayout(KioskLayout.class)
class KioskFailureView extends ProblemView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(KioskFailureView.class);

    KioskFailureView() {
        super("error.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("The page '{}' failed to open", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
