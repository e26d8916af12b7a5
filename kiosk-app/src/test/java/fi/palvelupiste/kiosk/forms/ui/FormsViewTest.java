package fi.palvelupiste.kiosk.forms.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.printing.PrintOutcome;
import fi.palvelupiste.hardware.virtual.PrintedSlip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KioskTest
class FormsViewTest extends SpringBrowserlessTest {

    @Autowired
    PrinterPort printer;

    @AfterEach
    void printerBack() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
    }

    @Test
    void a_resident_chooses_the_power_of_attorney_sees_it_as_on_paper_and_prints_it() {
        navigate(StartView.class);
        Button start = $(Button.class).id("start-choice-forms");
        assertThat(Hyphenation.plain(start.getElement().getTextRecursively())).contains("Tulosta lomake", "Valtakirja");

        test(start).click();

        assertThat(getCurrentView()).isInstanceOf(FormsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Tulosta lomake");
        assertThat($(Button.class).id("form-choice-digituki").getElement().getTextRecursively())
                .contains("Digituki täällä", "Missä ja milloin saat apua.");
        test($(Button.class).id("form-choice-valtakirja")).click();

        FormPreviewView view = (FormPreviewView) getCurrentView();
        assertThat($(H1.class).single().getText()).isEqualTo("Valtakirja");
        assertThat($(Image.class).id("forms-preview-image").getAlt()).hasValue("Lomake Valtakirja sellaisena kuin se tulostuu");
        test($(Button.class).id("forms-print")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Lomakkeesi tulostuu");
        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("VALTAKIRJA") && text.contains("Valtakirjan antaja"));
        await().pollInSameThread().untilAsserted(() -> {
            view.followPrinting();
            assertThat(view.outcome()).isEqualTo(PrintOutcome.PRINTED);
        });
        assertThat($(Paragraph.class).id("forms-print-state").getText()).isEqualTo("Ota lomake tulostimesta.");

        test($(Button.class).id("forms-done")).click();
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void in_swedish_the_list_the_preview_and_the_paper_are_swedish() {
        navigate(StartView.class);
        test($(Button.class).id("language-sv")).click();
        assertThat($(Button.class).id("start-choice-forms").getElement().getTextRecursively())
                .contains("Skriv ut en blankett");
        test($(Button.class).id("start-choice-forms")).click();
        test($(Button.class).id("form-choice-digituki")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Digistöd här");
        test($(Button.class).id("forms-print")).click();

        String slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("DIGISTÖD")).text();
        assertThat(slip).contains("Biblioteket", "kl. 13-16", "Hjälpen är gratis.").doesNotContain("<<");
    }

    @Test
    void a_swedish_resident_sees_the_power_of_attorney_in_finnish_and_swedish_exactly_as_it_comes_out()
            throws IOException {
        navigate(StartView.class);
        test($(Button.class).id("language-sv")).click();
        test($(Button.class).id("start-choice-forms")).click();
        test($(Button.class).id("form-choice-valtakirja")).click();
        FormPreviewView view = (FormPreviewView) getCurrentView();
        assertThat($(H1.class).single().getText()).isEqualTo("Fullmakt");
        byte[] shown = view.paperShown().orElseThrow();

        test($(Button.class).id("forms-print")).click();

        PrintedSlip slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains("FULLMAKT")
                && text.contains("Valtakirjan antaja") && text.contains("Fullmaktsgivare"));
        assertThat(shown).as("the picture on screen is the paper").isEqualTo(Files.readAllBytes(slip.pngFile()));
    }

    @Test
    void when_the_printer_is_out_of_paper_the_resident_is_kindly_sent_to_the_staff() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        navigate(StartView.class);
        test($(Button.class).id("language-en")).click();
        test($(Button.class).id("start-choice-forms")).click();
        test($(Button.class).id("form-choice-poliisi-mukaan")).click();
        assertThat($(H1.class).single().getText()).isEqualTo("What to bring to the police");

        test($(Button.class).id("forms-print")).click();

        Paragraph state = $(Paragraph.class).id("forms-print-state");
        assertThat(state.getText()).isEqualTo("The printer is not working right now. The form was not printed. "
                + "Please ask the staff for it, they are glad to help.");
        assertThat(state.getClassNames()).contains("ticket-print-problem");
    }

    @Test
    void back_goes_from_the_preview_to_the_list_and_from_the_list_to_the_start() {
        navigate(FormsView.class);
        test($(Button.class).id("form-choice-valokuvaajan-lappu")).click();
        assertThat($(H1.class).single().getText()).isEqualTo("Lappu valokuvaajalle");

        test($(Button.class).id("forms-back")).click();
        assertThat(getCurrentView()).isInstanceOf(FormsView.class);
        test($(Button.class).id("forms-back")).click();
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void the_list_never_shows_more_than_six_choices() {
        navigate(FormsView.class);

        assertThat($(Button.class).all()).filteredOn(b -> b.getClassNames().contains("start-choice"))
                .hasSizeLessThanOrEqualTo(FormsView.MAX_CHOICES);
    }

    @Test
    void an_unknown_form_address_goes_to_the_list_of_forms() {
        navigate("forms/not-a-form", FormsView.class);

        assertThat(getCurrentView()).isInstanceOf(FormsView.class);
    }
}
