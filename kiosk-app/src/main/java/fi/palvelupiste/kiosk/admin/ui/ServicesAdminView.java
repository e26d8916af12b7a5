package fi.palvelupiste.kiosk.admin.ui;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.KioskOnly;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.queue.QueueAdministration;
import fi.palvelupiste.kiosk.queue.ServiceQueue;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** The services residents queue for: the list, and a {@link ServiceForm} wired to {@link QueueAdministration}. */
@KioskOnly
@Route(value = "admin/services", layout = StaffLayout.class)
@Menu(title = "menu.services", order = 60)
@RolesAllowed(Role.ADMIN_ROLE)
class ServicesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final QueueAdministration administration;
    final Grid<ServiceQueue> services = new Grid<>();
    final ServiceForm form = new ServiceForm();

    ServicesAdminView(QueueAdministration administration) {
        this.administration = administration;
        services.setId("services-grid");
        services.addColumn(ServiceQueue::prefix).setHeader(getTranslation("admin.service.prefix")).setAutoWidth(true);
        services.addColumn(q -> q.name().in(Language.FI)).setHeader(getTranslation("admin.service.name-fi")).setAutoWidth(true);
        services.addColumn(q -> getTranslation(q.open() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.service.open"));
        services.addColumn(this::hours).setHeader(getTranslation("admin.service.hours"));
        services.addColumn(q -> getTranslation(q.offersPriority() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.service.priority"));
        services.setAllRowsVisible(true);
        services.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));

        form.addSaveListener(save -> save(save.value()));
        Button add = new Button(getTranslation("admin.service.new"), click -> edit(null));
        add.setId("service-new");
        add(new H1(getTranslation("admin.services.heading")), services, add,
                new H2(getTranslation("admin.service.edit")), form);
        refresh();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("admin.services.heading"));
    }

    /** A stored service in the form, or a new one (null) last in the kiosk's list. */
    void edit(@Nullable ServiceQueue queue) {
        form.edit(queue == null ? EditedService.newService(administration.queues().size() + 1)
                : EditedService.of(queue));
    }

    void save(EditedService service) {
        try {
            administration.save(service.toServiceQueue());
            Notification.show(getTranslation("admin.saved"));
            refresh();
            edit(null);
        } catch (QueueAdministration.Rejected rejected) {
            form.showProblem(getTranslation(rejected.messageKey(),
                    rejected.messageArguments(this::getTranslation)));
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
}
