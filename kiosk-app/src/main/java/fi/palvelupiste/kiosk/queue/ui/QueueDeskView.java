package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.queue.Desk;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.queue.Ticket;
import fi.palvelupiste.kiosk.queue.TicketNotAvailableException;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The staff's queue desk: choose your desk and service, call the next person with one tap (or the space bar),
 * see who is waiting and for how long, and handle the person being served.
 */
@KioskOnly
@Route(value = "staff", layout = StaffLayout.class)
@Menu(title = "menu.queues", order = 1)
@RolesAllowed(Role.STAFF_ROLE)
class QueueDeskView extends VerticalLayout implements HasDynamicTitle {

    static final String DESK_ATTRIBUTE = "palvelupiste.desk";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final QueueDesk queueDesk;
    private final QueueUpdates updates;
    private final Actor actor;
    private final Clock clock;

    final ComboBox<Desk> desk = new ComboBox<>();
    final Select<ServiceQueue> service = new Select<>();
    final Button callNext = new Button();
    final Button pause = new Button();
    final Div serving = new Div();
    final Grid<Ticket> waiting = new Grid<>();
    final Paragraph waitingSummary = new Paragraph();
    private Runnable unsubscribe;

    QueueDeskView(QueueDesk queueDesk, QueueUpdates updates, AuthenticationContext authentication, Clock clock) {
        this.queueDesk = queueDesk;
        this.updates = updates;
        this.clock = clock;
        this.actor = StaffActor.of(authentication);
        addClassName("staff-desk");

        desk.setLabel(getTranslation("desk.desk"));
        desk.setId("desk-select");
        desk.setItems(queueDesk.desks());
        desk.setItemLabelGenerator(Desk::name);
        service.setLabel(getTranslation("desk.service"));
        service.setId("desk-service");
        service.setItems(queueDesk.queues());
        service.setItemLabelGenerator(queue -> queue.name().in(Language.FI) + " (" + queue.prefix() + ")");

        callNext.setText(getTranslation("desk.call-next"));
        callNext.setId("desk-call-next");
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callNext.addClickShortcut(Key.SPACE);
        callNext.addClickListener(click -> callNext());
        pause.setId("desk-pause");
        pause.addClickListener(click -> togglePause());

        HorizontalLayout choose = new HorizontalLayout(desk, service, callNext, pause);
        choose.setAlignItems(FlexComponent.Alignment.END);
        choose.setWrap(true);
        serving.setId("desk-serving");
        serving.addClassName("desk-serving");

        waiting.setId("desk-waiting");
        waiting.addColumn(Ticket::displayNumber).setHeader(getTranslation("desk.number")).setAutoWidth(true)
                .setSortable(true);
        waiting.addColumn(ticket -> ticket.priority() ? getTranslation("desk.priority") : "")
                .setHeader(getTranslation("desk.priority-header")).setAutoWidth(true);
        waiting.addColumn(ticket -> TIME.format(ticket.createdAt().atZoneSameInstant(clock.getZone())))
                .setHeader(getTranslation("desk.taken")).setAutoWidth(true);
        waiting.addColumn(ticket -> getTranslation("desk.minutes", waitedMinutes(ticket)))
                .setHeader(getTranslation("desk.waited")).setAutoWidth(true);
        waiting.addComponentColumn(ticket -> {
            Button call = new Button(getTranslation("desk.call-this"), click -> callThis(ticket));
            call.setId("desk-call-" + ticket.displayNumber());
            call.getElement().setAttribute("aria-label", getTranslation("desk.call-this-label", ticket.displayNumber()));
            return call;
        }).setHeader(getTranslation("desk.actions"));
        waiting.setAllRowsVisible(true);

        desk.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(DESK_ATTRIBUTE, change.getValue().id());
                if (change.isFromClient() || service.isEmpty()) {
                    queueDesk.queues().stream().filter(q -> q.id() == defaultQueue(change.getValue())).findFirst()
                            .ifPresent(service::setValue);
                }
            }
            refresh();
        });
        service.addValueChangeListener(change -> refresh());

        add(new H1(getTranslation("desk.heading")), choose, serving, new H2(getTranslation("desk.waiting")),
                waitingSummary, waiting);
        Long remembered = (Long) VaadinSession.getCurrent().getAttribute(DESK_ATTRIBUTE);
        queueDesk.desks().stream()
                .filter(d -> remembered == null || d.id() == remembered)
                .findFirst().ifPresent(desk::setValue);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("desk.heading"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = updates.subscribe(update -> ui.access(this::refresh));
        ui.setPollInterval(30_000);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    void callNext() {
        if (desk.isEmpty()) {
            Notification.show(getTranslation("desk.choose-desk"));
            return;
        }
        Long queueId = service.isEmpty() ? null : service.getValue().id();
        Optional<Ticket> called = queueDesk.callNext(desk.getValue().id(), queueId, actor);
        if (called.isEmpty()) {
            Notification.show(getTranslation("desk.nobody-waiting"));
        }
        refresh();
    }

    private void callThis(Ticket ticket) {
        if (desk.isEmpty()) {
            Notification.show(getTranslation("desk.choose-desk"));
            return;
        }
        act(() -> queueDesk.call(ticket.id(), desk.getValue().id(), actor));
    }

    private void togglePause() {
        if (service.isEmpty()) {
            return;
        }
        ServiceQueue queue = service.getValue();
        if (queue.pausedToday(java.time.LocalDate.now(clock))) {
            queueDesk.resume(queue.id(), actor);
        } else {
            queueDesk.pauseForToday(queue.id(), actor);
        }
        List<ServiceQueue> fresh = queueDesk.queues();
        service.setItems(fresh);
        fresh.stream().filter(q -> q.id() == queue.id()).findFirst().ifPresent(service::setValue);
    }

    /** Redraws the serving panel and the waiting list from the database. */
    void refresh() {
        serving.removeAll();
        Optional<Ticket> current = desk.isEmpty() ? Optional.empty() : queueDesk.servingAt(desk.getValue().id());
        if (current.isPresent()) {
            Ticket ticket = current.get();
            Span number = new Span(ticket.displayNumber());
            number.setId("desk-serving-number");
            number.addClassName("desk-serving-number");
            Paragraph label = new Paragraph(getTranslation("desk.serving-now"));
            HorizontalLayout actions = new HorizontalLayout(
                    action("desk-recall", "desk.recall", () -> queueDesk.recall(ticket.id(), actor)),
                    action("desk-served", "desk.served", () -> queueDesk.served(ticket.id(), actor)),
                    action("desk-no-show", "desk.no-show", () -> queueDesk.noShow(ticket.id(), actor)),
                    action("desk-return", "desk.return", () -> queueDesk.returnToQueue(ticket.id(), actor)),
                    transferSelect(ticket));
            actions.setWrap(true);
            actions.setAlignItems(FlexComponent.Alignment.END);
            serving.add(label, number, actions);
        } else {
            serving.add(new Paragraph(getTranslation("desk.serving-nobody")));
        }
        List<Ticket> list = service.isEmpty() ? List.of() : queueDesk.waiting(service.getValue().id());
        waiting.setItems(list);
        waitingSummary.setText(getTranslation("desk.waiting-count", list.size()));
        if (!service.isEmpty()) {
            boolean paused = service.getValue().pausedToday(java.time.LocalDate.now(clock));
            pause.setText(getTranslation(paused ? "desk.resume" : "desk.pause"));
        }
        pause.setEnabled(!service.isEmpty());
    }

    private Button action(String id, String textKey, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> act(action));
        button.setId(id);
        return button;
    }

    private Select<ServiceQueue> transferSelect(Ticket ticket) {
        Select<ServiceQueue> transfer = new Select<>();
        transfer.setId("desk-transfer");
        transfer.setLabel(getTranslation("desk.transfer"));
        transfer.setItems(queueDesk.queues().stream().filter(q -> q.id() != ticket.queueId()).toList());
        transfer.setItemLabelGenerator(queue -> queue.name().in(Language.FI) + " (" + queue.prefix() + ")");
        transfer.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                act(() -> queueDesk.transfer(ticket.id(), change.getValue().id(), actor));
            }
        });
        return transfer;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TicketNotAvailableException gone) {
            Notification.show(getTranslation("desk.ticket-gone"));
        }
        refresh();
    }

    private long waitedMinutes(Ticket ticket) {
        return Duration.between(ticket.createdAt(), OffsetDateTime.now(clock)).toMinutes();
    }

    private static long defaultQueue(Desk desk) {
        return desk.defaultQueueId() == null ? -1 : desk.defaultQueueId();
    }
}
