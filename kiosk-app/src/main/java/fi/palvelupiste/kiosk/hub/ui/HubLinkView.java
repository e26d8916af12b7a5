package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.hub.HubConnection;
import fi.palvelupiste.kiosk.hub.HubRefusedException;
import fi.palvelupiste.kiosk.site.HubLink;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * A kiosk's link to the campaign's hub: its state (linked site, last contact, last problem) and, for an admin, linking
 * with the hub's address and a one-time code, contacting the hub now, and removing the link.
 */
@KioskOnly
@Route(value = "admin/hub", layout = StaffLayout.class)
@Menu(title = "menu.hub", order = 64)
@RolesAllowed(Role.ADMIN_ROLE)
public class HubLinkView extends VerticalLayout implements HasDynamicTitle {

    private final HubConnection connection;
    private final SiteIdentity site;
    private final Outbox outbox;
    /** Sign-ups waiting to go to the hub, and any the hub refused. */
    final Paragraph sync = new Paragraph();
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final DateTimeFormatter time;
    final Paragraph state = new Paragraph();
    final Paragraph contact = new Paragraph();
    final Paragraph problem = new Paragraph();
    final TextField address = new TextField();
    final TextField code = new TextField();
    final Paragraph message = new Paragraph();
    final Button contactNow = new Button();
    final Button unlink = new Button();
    private final HorizontalLayout actions = new HorizontalLayout();

    public HubLinkView(HubConnection connection, SiteIdentity site, Outbox outbox,
                       AuthenticationContext authentication, Clock clock) {
        this.connection = connection;
        this.outbox = outbox;
        this.site = site;
        this.authentication = authentication;
        this.clock = clock;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        state.setId("hub-state");
        contact.setId("hub-contact");
        problem.setId("hub-problem");
        sync.setId("hub-sync");
        problem.addClassName("printer-problem");
        address.setLabel(getTranslation("hub.link.address"));
        address.setHelperText(getTranslation("hub.link.address-help"));
        address.setId("hub-address");
        code.setLabel(getTranslation("hub.link.code"));
        code.setId("hub-code");
        message.setId("hub-message");
        message.getElement().setAttribute("role", "alert");
        Button link = new Button(getTranslation("hub.link.connect"), click -> link());
        link.setId("hub-link");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        contactNow.setText(getTranslation("hub.link.contact-now"));
        contactNow.setId("hub-contact-now");
        contactNow.addClickListener(click -> contactNow());
        unlink.setText(getTranslation("hub.link.unlink"));
        unlink.setId("hub-unlink");
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlink.addClickListener(click -> confirmUnlink());
        actions.add(contactNow, unlink);
        add(new H1(getTranslation("hub.link.heading")), new Paragraph(getTranslation("hub.link.intro")), state,
                contact, problem, sync, actions, new FormLayout(address, code), message, link);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("hub.link.heading"));
    }

    void link() {
        try {
            HubLink linked = connection.link(address.getValue(), code.getValue(), StaffActor.of(authentication));
            code.clear();
            message.setText("");
            Notification.show(getTranslation("hub.link.done", linked.siteName()));
        } catch (HubRefusedException refused) {
            message.setText(getTranslation(refused.messageKey()));
        }
        message.setVisible(!message.getText().isEmpty());
        show();
    }

    void contactNow() {
        Notification.show(getTranslation(connection.contact() ? "hub.link.contact-ok" : "hub.link.contact-failed"));
        show();
    }

    private void confirmUnlink() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hub.link.unlink"));
        dialog.add(new Paragraph(getTranslation("hub.link.unlink-confirm")));
        Button yes = new Button(getTranslation("hub.link.unlink-yes"), click -> {
            dialog.close();
            site.unlink(StaffActor.of(authentication));
            Notification.show(getTranslation("hub.link.unlinked"));
            show();
        });
        yes.setId("hub-unlink-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("hub.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    void show() {
        showLink();
        // no empty lines between the state and the form
        for (Paragraph line : new Paragraph[]{contact, problem, sync, message}) {
            line.setVisible(!line.getText().isEmpty());
        }
    }

    private void showLink() {
        Optional<HubLink> found = site.hubLink();
        actions.setVisible(found.isPresent());
        contactNow.setVisible(found.isPresent());
        unlink.setVisible(found.isPresent());
        if (found.isEmpty()) {
            state.setText(getTranslation("hub.link.alone", site.siteId()));
            contact.setText("");
            problem.setText("");
            return;
        }
        HubLink link = found.get();
        address.setValue(link.hubUrl().toString());
        state.setText(getTranslation("hub.link.linked", link.hubUrl().toString(), link.siteName()));
        contact.setText(link.lastContactAt() == null ? getTranslation("hub.link.no-contact")
                : getTranslation("hub.link.last-contact", when(link.lastContactAt())));
        problem.setText(link.refused() ? getTranslation("hub.link.refused")
                : link.lastProblem() == null ? "" : problemText(link.lastProblem()));
        int waiting = outbox.size();
        int refused = outbox.refused();
        sync.setText(((waiting == 0 ? "" : getTranslation("hub.link.waiting", waiting) + " ")
                + (refused == 0 ? "" : getTranslation("hub.link.refused-records", refused))).strip());
    }

    private String problemText(String stored) {
        String[] parts = stored.split(" ", 2);
        return HubConnection.PROBLEM_ANSWER.equals(parts[0]) && parts.length == 2
                ? getTranslation("hub.link.problem.answer", parts[1])
                : getTranslation("hub.link.problem.unreachable");
    }

    private String when(OffsetDateTime moment) {
        return time.format(moment.atZoneSameInstant(clock.getZone()));
    }
}
