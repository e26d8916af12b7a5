package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fi.palvelupiste.kiosk.i18n.Language;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every language the kiosk speaks, each in its own name and script, over the screen the resident is on: the header
 * has only the three most used languages and a "Kieli · Språk · Language" button that opens this. A touch switches
 * the language where the resident is, so nothing typed is lost.
 */
final class LanguageChooser {

    private LanguageChooser() {
    }

    static void open(UI ui, List<Language> languages, Consumer<Language> switchTo) {
        Dialog chooser = new Dialog();
        chooser.setId("language-chooser");
        chooser.addClassNames("kiosk-idle-dialog", "language-chooser");
        String heading = ui.getTranslation("languages.heading");
        chooser.getElement().setAttribute("aria-label", heading);
        Div grid = new Div();
        grid.addClassName("language-choices");
        Language current = Language.of(ui.getLocale());
        for (Language language : languages) {
            Button button = new Button(language.ownName(), click -> {
                chooser.close();
                switchTo.accept(language);
            });
            button.setId("languages-" + language.code());
            button.addClassNames("kiosk-button", "language-choice");
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            button.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
            button.setClassName("language-choice-selected", language == current);
            grid.add(button);
        }
        Button close = new Button(ui.getTranslation("languages.close"), click -> chooser.close());
        close.setId("languages-close");
        close.addClassNames("kiosk-button", "kiosk-button-secondary", "language-choice");
        grid.add(close);
        chooser.add(new H2(heading), grid);
        chooser.open();
    }
}
