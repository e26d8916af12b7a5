package fi.palvelupiste.kiosk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.queue.QueueAdministration;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;

/** The services residents queue for: names in three languages, ticket prefix, hours, priority tickets. */
@Route(value = "admin/services", layout = StaffLayout.class)
@Menu(title = "menu.services", order = 60)
@RolesAllowed(Role.ADMIN_ROLE)
class ServicesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final QueueAdministration administration;
    final Grid<ServiceQueue> services = new Grid<>();
    final TextField prefix = field("admin.service.prefix", "service-prefix");
    final TextField nameFi = field("admin.service.name-fi", "service-name-fi");
    final TextField nameSv = field("admin.service.name-sv", "service-name-sv");
    final TextField nameEn = field("admin.service.name-en", "service-name-en");
    final TextField hintFi = field("admin.service.hint-fi", "service-hint-fi");
    final TextField hintSv = field("admin.service.hint-sv", "service-hint-sv");
    final TextField hintEn = field("admin.service.hint-en", "service-hint-en");
    final TimePicker opensAt = new TimePicker();
    final TimePicker closesAt = new TimePicker();
    final IntegerField sortOrder = new IntegerField();
    final Checkbox open = new Checkbox();
    final Checkbox offersPriority = new Checkbox();
    final Paragraph message = new Paragraph();
    private ServiceQueue editing;

    ServicesAdminView(QueueAdministration administration) {
        this.administration = administration;
        services.setId("services-grid");
        services.addColumn(ServiceQueue::prefix).setHeader(getTranslation("admin.service.prefix")).setAutoWidth(true);
        services.addColumn(ServiceQueue::nameFi).setHeader(getTranslation("admin.service.name-fi")).setAutoWidth(true);
        services.addColumn(q -> getTranslation(q.open() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.service.open"));
        services.addColumn(q -> hours(q)).setHeader(getTranslation("admin.service.hours"));
        services.addColumn(q -> getTranslation(q.offersPriority() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.service.priority"));
        services.setAllRowsVisible(true);
        services.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));

        opensAt.setLabel(getTranslation("admin.service.opens"));
        opensAt.setId("service-opens");
        closesAt.setLabel(getTranslation("admin.service.closes"));
        closesAt.setId("service-closes");
        sortOrder.setLabel(getTranslation("admin.service.order"));
        sortOrder.setId("service-order");
        open.setLabel(getTranslation("admin.service.open"));
        open.setId("service-open");
        offersPriority.setLabel(getTranslation("admin.service.priority"));
        offersPriority.setId("service-priority");
        message.setId("service-message");
        message.getElement().setAttribute("role", "alert");

        FormLayout form = new FormLayout(prefix, sortOrder, nameFi, hintFi, nameSv, hintSv, nameEn, hintEn, opensAt,
                closesAt, open, offersPriority);
        Button save = new Button(getTranslation("admin.save"), click -> save());
        save.setId("service-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("admin.service.new"), click -> edit(null));
        add.setId("service-new");
        add(new H1(getTranslation("admin.services.heading")), services, add,
                new H2(getTranslation("admin.service.edit")), form, message, new HorizontalLayout(save));
        refresh();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("admin.services.heading"));
    }

    void edit(ServiceQueue queue) {
        editing = queue;
        message.setText("");
        prefix.setValue(queue == null ? "" : queue.prefix());
        nameFi.setValue(queue == null ? "" : queue.nameFi());
        nameSv.setValue(queue == null ? "" : queue.nameSv());
        nameEn.setValue(queue == null ? "" : queue.nameEn());
        hintFi.setValue(queue == null ? "" : queue.hintFi());
        hintSv.setValue(queue == null ? "" : queue.hintSv());
        hintEn.setValue(queue == null ? "" : queue.hintEn());
        opensAt.setValue(queue == null ? null : queue.opensAt());
        closesAt.setValue(queue == null ? null : queue.closesAt());
        sortOrder.setValue(queue == null ? administration.queues().size() + 1 : queue.sortOrder());
        open.setValue(queue == null || queue.open());
        offersPriority.setValue(queue != null && queue.offersPriority());
    }

    void save() {
        ServiceQueue queue = new ServiceQueue(editing == null ? 0 : editing.id(),
                prefix.getValue().strip().toUpperCase(Locale.ROOT), nameFi.getValue().strip(), nameSv.getValue().strip(),
                nameEn.getValue().strip(), hintFi.getValue().strip(), hintSv.getValue().strip(),
                hintEn.getValue().strip(), open.getValue(), sortOrder.getValue() == null ? 0 : sortOrder.getValue(),
                offersPriority.getValue(), opensAt.getValue(), closesAt.getValue(),
                editing == null ? null : editing.pausedOn());
        try {
            administration.save(queue);
            Notification.show(getTranslation("admin.saved"));
            refresh();
            edit(null);
        } catch (QueueAdministration.Rejected rejected) {
            message.setText(getTranslation(rejected.messageKey(),
                    rejected.messageArguments(key -> getTranslation(key))));
        }
    }

    private void refresh() {
        services.setItems(administration.queues());
    }

    private String hours(ServiceQueue queue) {
        if (queue.opensAt() == null && queue.closesAt() == null) {
            return getTranslation("admin.service.all-day");
        }
        return (queue.opensAt() == null ? "" : queue.opensAt().toString()) + "–"
                + (queue.closesAt() == null ? "" : queue.closesAt().toString());
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
