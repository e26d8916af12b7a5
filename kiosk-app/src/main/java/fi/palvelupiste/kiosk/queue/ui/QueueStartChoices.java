package fi.palvelupiste.kiosk.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;
import fi.palvelupiste.kiosk.queue.QueueClosedException;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.queue.TakenTicket;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** One start-screen button per open queue: a tap takes a number and shows it. */
@Component
class QueueStartChoices implements StartChoiceProvider {

    private final TicketService tickets;

    QueueStartChoices(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<StartChoice> startChoices(Locale locale) {
        return tickets.openQueues().stream()
                .map(queue -> new StartChoice("queue-" + queue.prefix(), queue.name(locale), queue.hint(locale),
                        queue.sortOrder(), () -> take(queue, locale)))
                .toList();
    }

    private void take(ServiceQueue queue, Locale locale) {
        UI ui = UI.getCurrent();
        try {
            TakenTicket taken = tickets.take(queue.id(), locale);
            ui.navigate(TicketView.class, new RouteParameters(TicketView.TICKET_PARAMETER,
                    taken.ticket().publicId().toString()));
        } catch (QueueClosedException closed) {
            Notification.show(ui.getTranslation("queue.closed-now"), 6000, Notification.Position.MIDDLE)
                    .addClassName("kiosk-notification");
            ui.getPage().reload();
        }
    }
}
