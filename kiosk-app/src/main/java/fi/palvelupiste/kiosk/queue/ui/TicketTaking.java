package fi.palvelupiste.kiosk.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.queue.QueueClosedException;
import fi.palvelupiste.kiosk.queue.TakenTicket;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The tap that takes a ticket, from the start screen or the priority question: shows the number, or says why not. */
@Component
class TicketTaking {

    private final TicketService tickets;

    TicketTaking(TicketService tickets) {
        this.tickets = tickets;
    }

    void take(long queueId, boolean priority, Locale locale) {
        UI ui = UI.getCurrent();
        try {
            TakenTicket taken = tickets.take(queueId, priority, locale);
            ui.navigate(TicketView.class, new RouteParameters(TicketView.TICKET_PARAMETER,
                    taken.ticket().publicId().toString()));
        } catch (QueueClosedException closed) {
            Notification.show(ui.getTranslation("queue.closed-now"), 6000, Notification.Position.MIDDLE)
                    .addClassName("kiosk-notification");
            ui.navigate(StartView.class);
            ui.getPage().reload();
        }
    }
}
