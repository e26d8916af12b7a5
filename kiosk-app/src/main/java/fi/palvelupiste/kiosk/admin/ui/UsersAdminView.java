package fi.palvelupiste.kiosk.admin.ui;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import fi.palvelupiste.kiosk.security.StaffUser;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff accounts: who may log in and with which role. A new account, or a forgotten password, gets a one-time
 * password shown here once, to hand over; it must be changed at the first log-in. Wrong passwords in a row and a
 * lock-out show in the list; the admin can lift a lock (audited).
 */
@Route(value = "admin/users", layout = StaffLayout.class)
@Menu(title = "menu.users", order = 62)
@RolesAllowed(Role.ADMIN_ROLE)
class UsersAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M. HH.mm");

    private final StaffAccounts accounts;
    private final Actor actor;
    private final Clock clock;
    final Grid<StaffUser> users = new Grid<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Paragraph message = new Paragraph();
    final Button resetPassword = new Button();
    final Button unlock = new Button();
    private StaffUser editing;

    UsersAdminView(StaffAccounts accounts, AuthenticationContext authentication, Clock clock) {
        this.accounts = accounts;
        this.actor = StaffActor.of(authentication);
        this.clock = clock;
        users.setId("users-grid");
        users.addColumn(StaffUser::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        users.addColumn(StaffUser::displayName).setHeader(getTranslation("admin.user.name")).setAutoWidth(true);
        users.addColumn(user -> user.roles().stream().map(this::roleName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.user.roles"));
        users.addColumn(user -> getTranslation(user.enabled() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("admin.user.enabled"));
        users.addColumn(StaffUser::failedAttempts).setHeader(getTranslation("admin.user.failed"));
        users.addColumn(this::lockText).setHeader(getTranslation("admin.user.locked"));
        users.setAllRowsVisible(true);
        users.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        username.setLabel(getTranslation("admin.user.username"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.user.name"));
        displayName.setId("user-name");
        roles.setLabel(getTranslation("admin.user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(this::roleName);
        enabled.setLabel(getTranslation("admin.user.enabled"));
        enabled.setId("user-enabled");
        message.setId("user-message");
        message.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("admin.save"), click -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resetPassword.setText(getTranslation("admin.user.reset"));
        resetPassword.setId("user-reset");
        resetPassword.addClickListener(click -> {
            if (editing != null) {
                message.setText(getTranslation("admin.user.one-time", editing.username(),
                        accounts.resetPassword(editing.username(), actor)));
            }
        });
        unlock.setText(getTranslation("admin.user.unlock"));
        unlock.setId("user-unlock");
        unlock.addClickListener(click -> {
            if (editing != null) {
                accounts.unlock(editing.username(), actor);
                refresh();
                edit(accounts.find(editing.username()).orElseThrow());
                message.setText(getTranslation("admin.user.unlocked", editing.username()));
            }
        });
        Button add = new Button(getTranslation("admin.user.new"), click -> edit(null));
        add.setId("user-new");
        add(new H1(getTranslation("admin.users.heading")), users, add,
                new FormLayout(username, displayName, roles, enabled), message,
                new HorizontalLayout(save, resetPassword, unlock));
        refresh();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("admin.users.heading"));
    }

    void edit(StaffUser user) {
        editing = user;
        message.setText("");
        username.setValue(user == null ? "" : user.username());
        username.setReadOnly(user != null);
        displayName.setValue(user == null ? "" : user.displayName());
        roles.setValue(user == null ? Set.of(Role.STAFF) : user.roles());
        enabled.setValue(user == null || user.enabled());
        resetPassword.setEnabled(user != null);
        unlock.setEnabled(user != null && (user.failedAttempts() > 0 || user.lockedAt(now())));
    }

    private String lockText(StaffUser user) {
        return user.lockedAt(now())
                ? getTranslation("admin.user.locked-until", TIME.format(user.lockedUntil().atZoneSameInstant(clock.getZone())))
                : "";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    void save() {
        Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.of(Role.STAFF) : EnumSet.copyOf(roles.getValue());
        if (displayName.getValue().isBlank()) {
            message.setText(getTranslation("admin.error.user-name"));
            return;
        }
        try {
            if (editing == null) {
                String oneTime = accounts.create(username.getValue(), displayName.getValue(), chosen);
                refresh();
                String created = username.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                edit(accounts.find(created).orElseThrow());
                message.setText(getTranslation("admin.user.one-time", created, oneTime));
            } else {
                accounts.update(editing.username(), displayName.getValue(), chosen, enabled.getValue());
                refresh();
                message.setText(getTranslation("admin.saved"));
            }
        } catch (StaffAccounts.PasswordRejected rejected) {
            message.setText(getTranslation(rejected.messageKey()));
        }
    }

    private void refresh() {
        users.setItems(accounts.all());
    }

    private String roleName(Role role) {
        return getTranslation("role." + role.name().toLowerCase());
    }
}
