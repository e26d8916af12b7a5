package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import fi.palvelupiste.kiosk.kiosk.StartChoice;
import fi.palvelupiste.kiosk.kiosk.StartChoiceProvider;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.queue.TicketService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * One start-screen button per queue taking tickets now: a tap takes a number and shows it; a queue that offers
 * priority tickets asks that one question first.
 */
@Component
class QueueStartChoices implements StartChoiceProvider {

    private final TicketService tickets;
    private final TicketTaking taking;

    QueueStartChoices(TicketService tickets, TicketTaking taking) {
        this.tickets = tickets;
        this.taking = taking;
    }

    @Override
    public List<StartChoice> startChoices(Locale locale) {
        return tickets.queuesTakingTickets().stream()
                .map(queue -> new StartChoice("queue-" + queue.prefix(), CoordinatorsText.shown(queue.name(), locale),
                        CoordinatorsText.shown(queue.hint(), locale),
                        queue.sortOrder(), () -> choose(queue, locale)))
                .toList();
    }

    private void choose(ServiceQueue queue, Locale locale) {
        if (queue.offersPriority()) {
            UI.getCurrent().navigate(PriorityChoiceView.class,
                    new RouteParameters(PriorityChoiceView.QUEUE_PARAMETER, String.valueOf(queue.id())));
        } else {
            taking.take(queue.id(), false, locale);
        }
    }
}
