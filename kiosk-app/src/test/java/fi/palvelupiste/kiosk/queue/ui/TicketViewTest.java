package fi.palvelupiste.kiosk.queue.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.printing.PrintOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KioskTest
class TicketViewTest extends SpringBrowserlessTest {

    @Autowired
    PrinterPort printer;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void printerBack() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
    }

    @Test
    void tapping_a_service_shows_the_number_large_and_prints_the_ticket() {
        navigate(StartView.class);

        test($(Button.class).id("start-choice-queue-A")).click();

        TicketView view = (TicketView) getCurrentView();
        String number = $(Div.class).id("ticket-number").getText();
        assertThat(number).matches("A\\d{3}");
        assertThat($(Paragraph.class).id("ticket-service").getText()).isEqualTo("Digituki");
        String slip = VirtualPrinterOutput.awaitSlip(printer, text -> text.contains(number)).text();
        assertThat(slip).contains("Digituki", "Vuoronumerosi", "Edelläsi jonossa:", "Odota, kunnes numerosi");

        await().pollInSameThread().untilAsserted(() -> {
            view.followPrinting();
            assertThat(view.outcome()).isEqualTo(PrintOutcome.PRINTED);
        });
        assertThat($(Paragraph.class).id("ticket-print-state").getText()).isEqualTo("Ota vuoronumero tulostimesta.");
    }

    @Test
    void when_the_printer_is_out_of_paper_the_number_is_still_given_and_shown_with_a_kind_word() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        navigate(StartView.class);
        test($(Button.class).id("language-en")).click();

        test($(Button.class).id("start-choice-queue-B")).click();

        String number = $(Div.class).id("ticket-number").getText();
        Paragraph state = $(Paragraph.class).id("ticket-print-state");
        assertThat(state.getText()).isEqualTo("The printer is not working right now. Your place in the queue is saved: "
                + "remember your number " + number + ". You will be called by this number.");
        assertThat(state.getClassNames()).contains("ticket-print-problem");
        int stored = jdbc.sql("SELECT COUNT(*) FROM ticket WHERE display_number = :n AND status = 'WAITING'")
                .param("n", number).query(Integer.class).single();
        assertThat(stored).isEqualTo(1);
        assertThat(VirtualPrinterOutput.find(printer, text -> text.contains(number))).isEmpty();
    }

    @Test
    void the_second_resident_is_told_how_many_are_ahead() {
        navigate(StartView.class);
        test($(Button.class).id("start-choice-queue-B")).click();
        navigate(StartView.class);

        test($(Button.class).id("start-choice-queue-B")).click();

        assertThat($(Paragraph.class).id("ticket-ahead").getText()).startsWith("Edelläsi jonossa on").endsWith(".");
    }

    @Test
    void done_returns_to_the_start_screen() {
        navigate(StartView.class);
        test($(Button.class).id("start-choice-queue-A")).click();

        test($(Button.class).id("ticket-done")).click();

        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void an_unknown_ticket_address_goes_to_the_start_screen() {
        navigate("ticket/not-a-ticket", StartView.class);

        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }
}
