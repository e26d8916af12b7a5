package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A kind page for an address that does not exist, with one way back: to the start. */
@AnonymousAllowed
@ParentLayout(KioskLayout.class)
public class KioskErrorView extends KioskView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected String titleKey() {
        return "error.not-found";
    }

    @Override
    protected void render() {
        heading.setText(getTranslation("error.not-found"));
        Button toStart = new Button(getTranslation("error.to-start"), click -> getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        toStart.setId("error-to-start");
        toStart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toStart.addClassName("kiosk-button");
        add(new Paragraph(getTranslation("error.text")), toStart);
    }
}
