package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.hub.HubAreas;
import fi.palvelupiste.kiosk.hub.HubRefusedException;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import fi.palvelupiste.kiosk.security.StaffUser;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.HashSet;

/**
 * On the hub: which municipalities (areas) each user works for. A coordinator sees the names and phones of the
 * sign-ups made at the sites of their areas only; a user with no area sees none.
 */
@HubOnly
@Route(value = AreasView.ROUTE, layout = StaffLayout.class, registerAtStartup = false)
@Menu(title = "menu.areas", order = 2)
@RolesAllowed(Role.ADMIN_ROLE)
public class AreasView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/areas";

    private final HubAreas areas;
    private final StaffAccounts accounts;
    private final AuthenticationContext authentication;
    final Grid<StaffUser> users = new Grid<>();
    final H2 editing = new H2();
    final CheckboxGroup<String> municipalities = new CheckboxGroup<>();
    final Button save = new Button(getTranslation("hub.areas.save"));
    final Paragraph message = new Paragraph();
    private @Nullable StaffUser chosen;

    public AreasView(HubAreas areas, StaffAccounts accounts, AuthenticationContext authentication) {
        this.areas = areas;
        this.accounts = accounts;
        this.authentication = authentication;
        users.setId("areas-users");
        users.addColumn(StaffUser::username).setHeader(getTranslation("hub.areas.user")).setAutoWidth(true);
        users.addColumn(StaffUser::displayName).setHeader(getTranslation("hub.areas.name")).setAutoWidth(true);
        users.addColumn(this::areasText).setHeader(getTranslation("hub.areas.areas")).setFlexGrow(1);
        users.setAllRowsVisible(true);
        users.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        users.asSingleSelect().addValueChangeListener(change -> choose(change.getValue()));
        municipalities.setId("areas-municipalities");
        municipalities.setLabel(getTranslation("hub.areas.municipalities"));
        municipalities.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        save.setId("areas-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        message.setId("areas-message");
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("hub.areas.heading")), new Paragraph(getTranslation("hub.areas.intro")), users,
                editing, municipalities, save, message);
        refresh();
        choose(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("hub.areas.heading"));
    }

    void choose(@Nullable StaffUser user) {
        chosen = user;
        boolean any = user != null;
        editing.setVisible(any);
        municipalities.setVisible(any);
        save.setVisible(any);
        if (user != null) {
            editing.setText(getTranslation("hub.areas.of", user.displayName()));
            municipalities.setItems(areas.municipalities());
            municipalities.setValue(new HashSet<>(areas.areasOf(user.username())));
        }
    }

    void save() {
        if (chosen == null) {
            return;
        }
        String username = chosen.username();
        try {
            areas.setAreas(username, municipalities.getValue(), StaffActor.of(authentication));
            message.setText(getTranslation("hub.areas.saved", chosen.displayName()));
        } catch (HubRefusedException refused) {
            message.setText(getTranslation(refused.messageKey()));
        }
        refresh();
        // the same user stays open, with what was saved
        accounts.find(username).ifPresent(users::select);
    }

    private void refresh() {
        users.setItems(accounts.all());
    }

    private String areasText(StaffUser user) {
        String text = String.join(", ", areas.areasOf(user.username()));
        return text.isEmpty() ? getTranslation("hub.areas.none") : text;
    }
}
