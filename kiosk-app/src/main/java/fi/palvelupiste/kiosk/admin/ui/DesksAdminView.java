package fi.palvelupiste.kiosk.admin.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.queue.Desk;
import fi.palvelupiste.kiosk.queue.QueueAdministration;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/** The desks (counters) that call numbers, e.g. "Digituki 1", and the service each calls from by default. */
@KioskOnly
@Route(value = "admin/desks", layout = StaffLayout.class)
@Menu(title = "menu.desks", order = 61)
@RolesAllowed(Role.ADMIN_ROLE)
class DesksAdminView extends VerticalLayout implements HasDynamicTitle {

    private final QueueAdministration administration;
    final Grid<Desk> desks = new Grid<>();
    final TextField name = new TextField();
    final Select<Optional<ServiceQueue>> defaultQueue = new Select<>();
    final Checkbox active = new Checkbox();
    final Paragraph message = new Paragraph();
    private Desk editing;

    DesksAdminView(QueueAdministration administration) {
        this.administration = administration;
        desks.setId("desks-grid");
        desks.addColumn(Desk::name).setHeader(getTranslation("admin.desk.name")).setAutoWidth(true);
        desks.addColumn(desk -> queueName(desk.defaultQueueId())).setHeader(getTranslation("admin.desk.queue"));
        desks.addColumn(desk -> getTranslation(desk.active() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.desk.active"));
        desks.setAllRowsVisible(true);
        desks.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        name.setLabel(getTranslation("admin.desk.name"));
        name.setId("desk-name");
        defaultQueue.setLabel(getTranslation("admin.desk.queue"));
        defaultQueue.setId("desk-queue");
        defaultQueue.setItemLabelGenerator(queue -> queue.map(q -> q.name().in(Language.FI))
                .orElse(getTranslation("admin.desk.all-queues")));
        active.setLabel(getTranslation("admin.desk.active"));
        active.setId("desk-active");
        message.setId("desk-message");
        message.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("admin.save"), click -> save());
        save.setId("desk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("admin.desk.new"), click -> edit(null));
        add.setId("desk-new");
        add(new H1(getTranslation("admin.desks.heading")), desks, add,
                new FormLayout(name, defaultQueue, active), message, save);
        refresh();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("admin.desks.heading"));
    }

    void edit(Desk desk) {
        editing = desk;
        message.setText("");
        name.setValue(desk == null ? "" : desk.name());
        defaultQueue.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<ServiceQueue>empty()),
                administration.queues().stream().map(Optional::of)).toList());
        defaultQueue.setValue(desk == null || desk.defaultQueueId() == null ? Optional.empty()
                : administration.queues().stream().filter(q -> q.id() == desk.defaultQueueId()).findFirst());
        active.setValue(desk == null || desk.active());
    }

    void save() {
        Long queueId = defaultQueue.getValue() == null ? null : defaultQueue.getValue().map(ServiceQueue::id).orElse(null);
        try {
            administration.save(new Desk(editing == null ? 0 : editing.id(), name.getValue().strip(), queueId,
                    active.getValue()));
            Notification.show(getTranslation("admin.saved"));
            refresh();
            edit(null);
        } catch (QueueAdministration.Rejected rejected) {
            message.setText(getTranslation(rejected.messageKey(),
                    rejected.messageArguments(this::getTranslation)));
        }
    }

    private void refresh() {
        desks.setItems(administration.desks());
    }

    private String queueName(Long queueId) {
        return queueId == null ? getTranslation("admin.desk.all-queues") : administration.queues().stream()
                .filter(q -> q.id() == queueId).map(q -> q.name().in(Language.FI)).findFirst().orElse("");
    }
}
