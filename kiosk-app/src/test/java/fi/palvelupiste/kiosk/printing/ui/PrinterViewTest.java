package fi.palvelupiste.kiosk.printing.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJob;
import fi.palvelupiste.kiosk.printing.PrintJobOwner;
import fi.palvelupiste.kiosk.printing.PrintJobPrivacy;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.hardware.receipt.Receipt;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.transaction.support.TransactionTemplate;
import fi.palvelupiste.kiosk.queue.TakenTicket;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KioskTest
@WithMockUser(username = "maija", roles = "STAFF")
class PrinterViewTest extends SpringBrowserlessTest {

    @Autowired
    TicketService tickets;
    @Autowired
    PrintJobService printing;
    @Autowired
    PrinterPort printer;
    @Autowired
    PrintJobPrivacy privacy;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void paperBack() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
    }

    @Test
    void staff_see_that_paper_is_out_and_reprint_a_ticket_that_did_not_come_out() throws IOException {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        long queueId = tickets.queuesTakingTickets().getFirst().id();
        TakenTicket taken = tickets.take(queueId, false, Language.FI.locale());
        PrinterView view = navigate(PrinterView.class);
        await().until(() -> printing.printerStatus() == PrinterStatus.PAPER_OUT);
        view.refresh();
        assertThat(view.status.getText()).isEqualTo("Paperi on loppu: vaihda rulla.");

        PrintJob job = printing.find(taken.ticket().printJobId()).orElseThrow();
        view.showPreview(job);
        assertThat($(Image.class).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("ticket-" + taken.ticket().displayNumber()));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(printing.preview(job.id())));
        assertThat(picture.getWidth()).isEqualTo(384);

        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
        test($(Button.class).id("printer-reprint")).click();

        VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(taken.ticket().displayNumber()));
    }

    @Test
    void staff_see_every_slips_preview_but_not_a_printout_with_residents_names() {
        String names = "Quintilla Zorbatrix 040 987 1234";
        long list = transactions.execute(status -> privacy.enqueue(PrintJobOwner.event(999_001), true,
                "signup-list-999001-participants", Receipt.builder().text(names).cut().build(), Duration.ofMinutes(5)));
        long slip = transactions.execute(status -> privacy.enqueue(PrintJobOwner.event(999_001), false,
                "signup-ZZZ999", Receipt.builder().text("Valokuvauspäivä, koodi ZZZ999").cut().build(),
                Duration.ofMinutes(5)));
        PrinterView view = navigate(PrinterView.class);
        int previews = 0;

        for (PrintJob job : printing.newest(PrinterView.JOBS_SHOWN)) {
            view.showPreview(job);
            if (job.id() == list) {
                assertThat($(Image.class).all()).as(job.name()).isEmpty();
                assertThat($(Button.class).withId("printer-reprint").exists()).isFalse();
                assertThat($(Paragraph.class).id("printer-personal-hidden").getText())
                        .contains("Vain koordinaattori voi katsoa");
            } else if (privacy.withPersonalData(List.of(job.id())).isEmpty()) {
                assertThat($(Image.class).all()).as(job.name()).hasSize(1);
                assertThat(job.document()).as(job.name()).doesNotContain("Zorbatrix");
                previews += job.id() == slip ? 1 : 0;
            }
        }
        assertThat(previews).isEqualTo(1);
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Zorbatrix");
    }
}
