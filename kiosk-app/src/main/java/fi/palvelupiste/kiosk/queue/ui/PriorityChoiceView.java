package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.kiosk.ui.CoordinatorsText;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.PagedChoices;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.queue.TicketService;

/** One question before the ticket, for services that offer it: does the resident need to be served first? */
@AnonymousAllowed
@KioskOnly
@Route(value = "queue/:" + PriorityChoiceView.QUEUE_PARAMETER + "/priority", layout = KioskLayout.class)
class PriorityChoiceView extends KioskView implements BeforeEnterObserver {

    static final String QUEUE_PARAMETER = "queueId";

    private final TicketService tickets;
    private final TicketTaking taking;
    private ServiceQueue queue;

    PriorityChoiceView(TicketService tickets, TicketTaking taking) {
        this.tickets = tickets;
        this.taking = taking;
        addClassName("priority-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        queue = event.getRouteParameters().getLong(QUEUE_PARAMETER).flatMap(tickets::queue)
                .filter(ServiceQueue::offersPriority).orElse(null);
        if (queue == null) {
            event.forwardTo(StartView.class);
        }
    }

    @Override
    protected String titleKey() {
        return "priority.title";
    }

    @Override
    protected void render() {
        if (queue == null) {
            return;
        }
        heading.setText(getTranslation("priority.heading"));
        Paragraph service = new Paragraph(CoordinatorsText.shown(queue.name(), getLocale()));
        service.addClassName("ticket-service");
        Paragraph instruction = new Paragraph(getTranslation("priority.instruction"));
        instruction.addClassName("kiosk-instruction");
        Div choices = new Div(
                choice("priority-normal", getTranslation("priority.normal"), false),
                choice("priority-priority", getTranslation("priority.priority"), true));
        choices.addClassNames("start-choices", "start-choices-pair");
        Button back = new Button(getTranslation("priority.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(StartView.class)));
        back.setId("priority-back");
        back.addClassNames("kiosk-button", "kiosk-button-secondary");
        add(service, instruction, choices, PagedChoices.pagedBy(choices, back));
    }

    private Button choice(String id, String label, boolean priority) {
        Button button = new Button(label, click -> taking.take(queue.id(), priority, getLocale()));
        button.setId(id);
        button.addClassNames("kiosk-button", "start-choice");
        button.setDisableOnClick(true);
        return button;
    }
}
