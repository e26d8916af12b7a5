package fi.palvelupiste.kiosk.forms.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.forms.PublishedForm;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.printing.PrintOutcome;
import fi.palvelupiste.kiosk.kiosk.ui.PrintProgress;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * One form as it will come out of the printer, in the resident's language, with a big "Print" and "Back"; after
 * printing, what the printer is doing. If the printer cannot print, the screen says so kindly and sends the
 * resident to the staff, who have the same forms.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "forms/:" + FormPreviewView.FORM_PARAMETER, layout = KioskLayout.class)
class FormPreviewView extends KioskView implements BeforeEnterObserver {

    static final String FORM_PARAMETER = "formId";

    private final FormPrinting forms;
    private final PrintJobService printing;
    private PublishedForm form;
    private Long jobId;
    private PrintProgress printState;
    /** The picture of the paper on screen: the slip the print button sends, drawn as the printer will print it. */
    private byte @Nullable [] paper;

    FormPreviewView(FormPrinting forms, PrintJobService printing) {
        this.forms = forms;
        this.printing = printing;
        addClassName("forms-preview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PublishedForm> found = uuidParameter(event, FORM_PARAMETER)
                .flatMap(forms::published);
        if (found.isEmpty()) {
            event.forwardTo(FormsView.class);
            return;
        }
        form = found.get();
    }

    @Override
    protected String titleKey() {
        return "forms.preview.title";
    }

    @Override
    public String getPageTitle() {
        return form == null ? super.getPageTitle()
                : getTranslation("page.title", form.text(Language.of(getLocale())).title());
    }

    @Override
    protected void render() {
        if (form == null) {
            return;
        }
        if (jobId == null) {
            renderPreview(Language.of(getLocale()));
        } else {
            renderPrinting();
        }
    }

    private void renderPreview(Language language) {
        String title = form.text(language).title();
        if (form.fallsBackFor(language)) {
            CoordinatorsText.fellBack();
        }
        heading.setText(title);
        Button back = new Button(getTranslation("forms.back"), click -> getUI().ifPresent(ui -> ui.navigate(FormsView.class)));
        back.setId("forms-back");
        back.addClassNames("kiosk-button", "kiosk-button-secondary");
        Optional<byte[]> png = forms.preview(form, language);
        if (png.isEmpty()) {
            Paragraph cannot = new Paragraph(getTranslation("forms.preview.cannot"));
            cannot.setId("forms-cannot-print");
            cannot.addClassNames("ticket-print-state", "ticket-print-problem");
            add(cannot, back);
            return;
        }
        Paragraph instruction = new Paragraph(getTranslation("forms.preview.instruction"));
        instruction.addClassName("kiosk-instruction");
        byte[] bytes = png.get();
        paper = bytes;
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), form.code() + "-" + language.code() + ".png", "image/png",
                bytes.length)), getTranslation("forms.preview.alt", title));
        image.setId("forms-preview-image");
        image.addClassName("forms-paper-image");
        // the picture of a long form scrolls in its own box, so the buttons beside it never leave the screen
        Div paper = new Div(image);
        paper.setId("forms-paper");
        paper.addClassName("forms-paper");
        paper.getElement().setAttribute("role", "region");
        paper.getElement().setAttribute("aria-label", getTranslation("forms.preview.region"));
        paper.getElement().setAttribute("tabindex", "0");
        Button print = new Button(getTranslation("forms.print"), click -> print());
        print.setId("forms-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("kiosk-button");
        print.setDisableOnClick(true);
        Div actions = new Div(print, back);
        actions.addClassName("forms-actions");
        Div layout = new Div(paper, actions);
        layout.addClassName("forms-preview-layout");
        add(instruction, layout);
    }

    /** Prints the form in the language on screen and follows the paper. */
    void print() {
        Language language = Language.of(getLocale());
        jobId = forms.print(form.publicId(), language);
        printState = new PrintProgress(printing, List.of(jobId), outcome -> switch (outcome) {
            case PRINTING -> getTranslation("forms.printing");
            case PRINTED -> getTranslation("forms.printed");
            case SENT -> getTranslation("forms.sent");
            case NOT_PRINTED -> getTranslation("forms.not-printed");
        });
        printState.setId("forms-print-state");
        clearToHeading();
        render();
    }

    private void renderPrinting() {
        heading.setText(getTranslation("forms.printing.heading"));
        Button another = new Button(getTranslation("forms.print-another"),
                click -> getUI().ifPresent(ui -> ui.navigate(FormsView.class)));
        another.setId("forms-another");
        another.addClassNames("kiosk-button", "kiosk-button-secondary");
        Button done = new Button(getTranslation("forms.done"), click -> getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        done.setId("forms-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("kiosk-button");
        Div actions = new Div(done, another);
        actions.addClassName("forms-done-actions");
        add(printState, actions);
    }

    /** Follows the form on screen: printed, still printing, or not printable. */
    void followPrinting() {
        if (printState != null) {
            printState.follow();
        }
    }

    Optional<byte[]> paperShown() {
        return Optional.ofNullable(paper);
    }

    PrintOutcome outcome() {
        return printState == null ? PrintOutcome.PRINTING : printState.outcome();
    }
}
