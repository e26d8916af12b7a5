package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;

/** A kind page when something is not right: what happened in plain words, and one way back, to the start. */
abstract class ProblemView extends KioskView {

    private final String headingKey;

    ProblemView(String headingKey) {
        this.headingKey = headingKey;
    }

    @Override
    protected String titleKey() {
        return headingKey;
    }

    @Override
    protected void render() {
        heading.setText(getTranslation(headingKey));
        Button toStart = new Button(getTranslation("error.to-start"), click -> toStart());
        toStart.setId("error-to-start");
        toStart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toStart.addClassName("kiosk-button");
        add(new Paragraph(getTranslation("error.text")), toStart);
    }
}
