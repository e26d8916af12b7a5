package fi.palvelupiste.kiosk.queue.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.Ticket;
import fi.palvelupiste.kiosk.queue.TicketService;
import fi.palvelupiste.kiosk.queue.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
@WithMockUser(username = "maija", roles = "STAFF")
class QueueDeskViewTest extends SpringBrowserlessTest {

    @Autowired
    TicketService tickets;
    @Autowired
    QueueDesk queueDesk;
    @Autowired
    JdbcClient jdbc;
    long queueA;

    @BeforeEach
    void emptyQueues() {
        jdbc.sql("UPDATE ticket SET status = 'SERVED' WHERE status IN ('WAITING', 'CALLED')").update();
        queueA = queueDesk.queues().stream().filter(q -> q.prefix().equals("A")).findFirst().orElseThrow().id();
    }

    @Test
    void the_desk_shows_who_is_waiting_and_calls_the_next_with_one_tap() {
        Ticket first = take();
        Ticket second = take();
        QueueDeskView view = navigate(QueueDeskView.class);
        atDigitukiDesk(view);

        assertThat(view.waitingSummary.getText()).isEqualTo("Jonossa on 2 henkilöä.");
        test($(Button.class).id("desk-call-next")).click();

        assertThat($(Span.class).id("desk-serving-number").getText()).isEqualTo(first.displayNumber());
        assertThat(view.waitingSummary.getText()).isEqualTo("Jonossa on 1 henkilö.");
        assertThat(queueDesk.history(first.id())).containsExactly("CALLED by maija");

        test($(Button.class).id("desk-served")).click();
        assertThat(queueDesk.ticket(first.id()).orElseThrow().status()).isEqualTo(TicketStatus.SERVED);
        assertThat(queueDesk.ticket(second.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void a_chosen_ticket_is_called_out_of_order_and_can_be_marked_as_not_come() {
        take();
        Ticket later = take();
        QueueDeskView view = navigate(QueueDeskView.class);
        atDigitukiDesk(view);

        GridTester<Grid<Ticket>, Ticket> waiting = test(view.waiting);
        assertThat(waiting.getCellText(1, 0)).isEqualTo(later.displayNumber());
        test((Button) waiting.getCellComponent(1, 4)).click();
        assertThat($(Span.class).id("desk-serving-number").getText()).isEqualTo(later.displayNumber());
        test($(Button.class).id("desk-recall")).click();
        test($(Button.class).id("desk-no-show")).click();

        assertThat(queueDesk.ticket(later.id()).orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(queueDesk.history(later.id()))
                .containsExactly("CALLED_OUT_OF_ORDER by maija", "RECALLED by maija", "NO_SHOW by maija");
    }

    @Test
    void pausing_a_service_takes_it_off_the_kiosk_for_today() {
        QueueDeskView view = navigate(QueueDeskView.class);
        atDigitukiDesk(view);

        test($(Button.class).id("desk-pause")).click();
        try {
            assertThat(tickets.queuesTakingTickets()).extracting(q -> q.prefix()).doesNotContain("A");
            assertThat($(Button.class).id("desk-pause").getText()).isEqualTo("Avaa uudelleen");
        } finally {
            test($(Button.class).id("desk-pause")).click();
        }
        assertThat(tickets.queuesTakingTickets()).extracting(q -> q.prefix()).contains("A");
    }

    private void atDigitukiDesk(QueueDeskView view) {
        view.desk.setValue(queueDesk.deskByName("Digituki 1").orElseThrow());
        view.service.setValue(queueDesk.queues().stream().filter(q -> q.id() == queueA).findFirst().orElseThrow());
    }

    private Ticket take() {
        return tickets.take(queueA, false, Language.FI.locale()).ticket();
    }
}
