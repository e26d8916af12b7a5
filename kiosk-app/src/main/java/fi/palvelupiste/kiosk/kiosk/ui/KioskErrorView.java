package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A kind page for an address that does not exist (or that this person may not open), with one way back. */
@AnonymousAllowed
@ParentLayout(KioskLayout.class)
public class KioskErrorView extends ProblemView implements HasErrorParameter<NotFoundException> {

    public KioskErrorView() {
        super("error.not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
