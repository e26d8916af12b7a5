package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.printing.PrintOutcome;
import fi.palvelupiste.kiosk.kiosk.ui.PrintProgress;
import fi.palvelupiste.kiosk.queue.TakenTicket;
import fi.palvelupiste.kiosk.queue.TicketService;

import java.util.List;
import java.util.Optional;

/**
 * The number the resident just took, very large, with how many are ahead and what the printer is doing. If the
 * printer cannot print, the screen says so kindly: the ticket is valid all the same.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "ticket/:" + TicketView.TICKET_PARAMETER, layout = KioskLayout.class)
class TicketView extends KioskView implements BeforeEnterObserver {

    static final String TICKET_PARAMETER = "ticketId";

    private final TicketService tickets;
    private final PrintJobService printing;
    private TakenTicket taken;
    private PrintProgress printState;

    TicketView(TicketService tickets, PrintJobService printing) {
        this.tickets = tickets;
        this.printing = printing;
        addClassName("ticket-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<TakenTicket> found = uuidParameter(event, TICKET_PARAMETER)
                .flatMap(tickets::find);
        if (found.isEmpty()) {
            event.forwardTo(StartView.class);
            return;
        }
        taken = found.get();
        Long jobId = taken.ticket().printJobId();
        printState = new PrintProgress(printing, jobId == null ? List.of() : List.of(jobId), outcome -> switch (outcome) {
            case PRINTING -> getTranslation("ticket.printing");
            case PRINTED -> getTranslation("ticket.printed");
            case SENT -> getTranslation("ticket.sent", taken.ticket().displayNumber());
            case NOT_PRINTED -> getTranslation("ticket.not-printed", taken.ticket().displayNumber());
        });
        printState.setId("ticket-print-state");
    }

    @Override
    protected String titleKey() {
        return "ticket.title";
    }

    @Override
    protected void render() {
        if (taken == null) {
            return;
        }
        heading.setText(getTranslation("ticket.heading"));
        Div number = new Div(taken.ticket().displayNumber());
        number.setId("ticket-number");
        number.addClassName("ticket-number");
        Paragraph service = new Paragraph(CoordinatorsText.shown(taken.queue().name(), getLocale()));
        service.setId("ticket-service");
        service.addClassName("ticket-service");
        Paragraph ahead = new Paragraph(taken.peopleAhead() == 0
                ? getTranslation("ticket.ahead.none")
                : getTranslation("ticket.ahead", taken.peopleAhead()));
        ahead.setId("ticket-ahead");
        Paragraph wait = new Paragraph(taken.estimatedWait()
                .map(estimate -> estimate.isZero() ? "" : getTranslation("ticket.wait", estimate.toMinutes()))
                .orElse(getTranslation("ticket.wait-unknown")));
        wait.setId("ticket-wait");
        wait.setVisible(!wait.getText().isEmpty());
        Button done = new Button(getTranslation("ticket.done"), click -> getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        done.setId("ticket-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("kiosk-button");
        Div words = KioskText.besideTheNumber(service, ahead, wait);
        if (taken.ticket().priority()) {
            Paragraph priority = new Paragraph(getTranslation("ticket.priority"));
            priority.setId("ticket-priority");
            words.add(priority);
        }
        words.add(printState);
        add(number, words, done);
    }

    /** Follows the slip on screen: printed, still printing, or not printable. */
    void followPrinting() {
        printState.follow();
    }

    PrintOutcome outcome() {
        return printState.outcome();
    }
}
