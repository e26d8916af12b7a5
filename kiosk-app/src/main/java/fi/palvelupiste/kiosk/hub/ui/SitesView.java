package fi.palvelupiste.kiosk.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.hub.Attention;
import fi.palvelupiste.kiosk.hub.Device;
import fi.palvelupiste.kiosk.hub.EnrolmentCode;
import fi.palvelupiste.kiosk.hub.HubRefusedException;
import fi.palvelupiste.kiosk.hub.HubSites;
import fi.palvelupiste.kiosk.hub.Site;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hub's start page: the sites (service points) and their kiosks. A coordinator creates a site, makes a one-time
 * enrolment code for a kiosk (shown once, with a QR code), and revokes a kiosk or gives it a new token.
 */
@HubOnly
@Route(value = SitesView.ROUTE, layout = StaffLayout.class, registerAtStartup = false)
@Menu(title = "menu.sites", order = 1)
@RolesAllowed(Role.COORDINATOR_ROLE)
public class SitesView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "sites";

    private final HubSites hub;
    private final AuthenticationContext authentication;
    private final DateTimeFormatter time;
    private final Clock clock;
    final TextField name = new TextField();
    final TextField municipality = new TextField();
    final Paragraph message = new Paragraph();
    final Grid<HubSites.SiteStatus> sites = new Grid<>();
    final Grid<HubSites.FleetRow> devices = new Grid<>();
    private Map<String, Site> siteNames = Map.of();
    /** The code dialog that is open, for tests. */
    @Nullable Dialog codeDialog;

    public SitesView(HubSites hub, AuthenticationContext authentication, Clock clock) {
        this.hub = hub;
        this.authentication = authentication;
        this.clock = clock;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        name.setLabel(getTranslation("hub.site.name"));
        name.setId("site-name");
        municipality.setLabel(getTranslation("hub.site.municipality"));
        municipality.setId("site-municipality");
        message.setId("site-message");
        message.getElement().setAttribute("role", "alert");
        Button create = new Button(getTranslation("hub.site.create"), click -> create());
        create.setId("site-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        sites.setId("sites-grid");
        sites.addColumn(row -> row.site().name()).setHeader(getTranslation("hub.site.name")).setAutoWidth(true);
        sites.addColumn(row -> row.site().municipality()).setHeader(getTranslation("hub.site.municipality"))
                .setAutoWidth(true);
        sites.addColumn(HubSites.SiteStatus::kiosks).setHeader(getTranslation("hub.site.kiosks"));
        sites.addColumn(this::siteAttention).setHeader(getTranslation("hub.device.attention")).setAutoWidth(true)
                .setPartNameGenerator(row -> row.attention().isEmpty() ? null : "fleet-attention");
        sites.addColumn(row -> when(row.lastContact())).setHeader(getTranslation("hub.site.last-contact"));
        sites.addComponentColumn(row -> {
            Button code = new Button(getTranslation("hub.site.code"), click -> showCode(row.site()));
            code.setId("site-code-" + row.site().id());
            return code;
        }).setAutoWidth(true).setFlexGrow(0);
        sites.setAllRowsVisible(true);

        devices.setId("devices-grid");
        // a line per kiosk that fits a library PC's screen: long cells wrap instead of scrolling sideways
        devices.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        devices.addColumn(row -> siteName(row.device().siteId())).setHeader(getTranslation("hub.device.site"))
                .setFlexGrow(2);
        devices.addColumn(this::attention).setHeader(getTranslation("hub.device.attention")).setFlexGrow(2)
                .setPartNameGenerator(row -> row.attention().isEmpty() ? null : "fleet-attention");
        devices.addColumn(row -> when(row.device().lastContactAt()))
                .setHeader(getTranslation("hub.site.last-contact")).setFlexGrow(1);
        devices.addColumn(row -> printer(row.device().printerState())).setHeader(getTranslation("hub.device.printer"))
                .setFlexGrow(1);
        devices.addColumn(row -> row.device().peopleWaiting() == null ? "" : row.device().peopleWaiting().toString())
                .setHeader(getTranslation("hub.device.waiting")).setAutoWidth(true).setFlexGrow(0);
        devices.addColumn(row -> row.device().outboxBacklog() == null ? "" : row.device().outboxBacklog().toString())
                .setHeader(getTranslation("hub.device.backlog")).setAutoWidth(true).setFlexGrow(0);
        devices.addColumn(this::details).setHeader(getTranslation("hub.device.details")).setFlexGrow(2);
        devices.addComponentColumn(row -> deviceActions(row.device())).setAutoWidth(true).setFlexGrow(0);
        devices.setAllRowsVisible(true);

        message.setVisible(false);
        // the kiosks first, those needing attention at the top; then the sites; a new site last
        add(new H1(getTranslation("hub.sites.heading")), new H2(getTranslation("hub.devices.heading")), devices,
                new H2(getTranslation("hub.sites.list")), sites, new H2(getTranslation("hub.site.new")),
                new Paragraph(getTranslation("hub.sites.intro")), new FormLayout(name, municipality), message, create);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("hub.sites.heading"));
    }

    void create() {
        try {
            Site site = hub.createSite(name.getValue(), municipality.getValue(), StaffActor.of(authentication));
            Notification.show(getTranslation("hub.site.created", site.name()));
            name.clear();
            municipality.clear();
            message.setText("");
            message.setVisible(false);
            refresh();
        } catch (HubRefusedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments(this::getTranslation)));
            message.setVisible(true);
        }
    }

    void showCode(Site site) {
        EnrolmentCode code;
        try {
            code = hub.newEnrolmentCode(site.id(), StaffActor.of(authentication));
        } catch (HubRefusedException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.messageArguments(this::getTranslation)));
            message.setVisible(true);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hub.code.heading", site.name()));
        Div text = new Div(code.code());
        text.setId("enrolment-code");
        text.addClassName("enrolment-code");
        Paragraph address = new Paragraph(code.hubUrl() == null ? getTranslation("hub.code.no-address")
                : getTranslation("hub.code.address", code.hubUrl().toString()));
        dialog.add(new Paragraph(getTranslation("hub.code.instructions", when(code.expiresAt()))), address, text,
                QrPicture.of(code.qrText(), getTranslation("hub.code.qr")));
        Button close = new Button(getTranslation("hub.code.close"), click -> dialog.close());
        close.setId("enrolment-code-close");
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                codeDialog = null;
            }
        });
        codeDialog = dialog;
        dialog.open();
    }

    private VerticalLayout deviceActions(Device device) {
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);
        actions.setSpacing(false);
        if (device.revoked()) {
            return actions;
        }
        Button rotate = new Button(getTranslation("hub.device.rotate"), click -> act(
                () -> hub.rotate(device.id(), StaffActor.of(authentication)), "hub.device.rotate-done"));
        rotate.setId("device-rotate-" + device.id());
        Button revoke = new Button(getTranslation("hub.device.revoke"), click -> confirmRevoke(device));
        revoke.setId("device-revoke-" + device.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(rotate, revoke);
        return actions;
    }

    private void confirmRevoke(Device device) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hub.device.revoke"));
        dialog.add(new Paragraph(getTranslation("hub.device.revoke-confirm")));
        Button yes = new Button(getTranslation("hub.device.revoke-yes"), click -> {
            dialog.close();
            act(() -> hub.revoke(device.id(), StaffActor.of(authentication)), "hub.device.revoked-done");
        });
        yes.setId("device-revoke-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("hub.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey));
        } catch (HubRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.messageArguments(this::getTranslation)));
        }
        refresh();
    }

    /** The kiosk's state in use, then its version, clock difference and enrolment: what is looked up, not watched. */
    private String details(HubSites.FleetRow row) {
        Device device = row.device();
        List<String> parts = new java.util.ArrayList<>();
        parts.add(state(device));
        if (device.appVersion() != null) {
            parts.add(getTranslation("hub.device.version-of", device.appVersion()));
        }
        if (device.clockOffsetMillis() != null) {
            parts.add(getTranslation("hub.device.clock-of", Math.round(device.clockOffsetMillis() / 1000.0)));
        }
        parts.add(getTranslation("hub.device.enrolled-at", when(device.enrolledAt())));
        return String.join(", ", parts);
    }

    private String state(Device device) {
        if (device.revoked()) {
            return getTranslation("hub.device.revoked", when(device.revokedAt()));
        }
        return getTranslation(device.rotationAskedAt() != null ? "hub.device.rotating" : "hub.device.active");
    }

    private String attention(HubSites.FleetRow row) {
        return reasons(row.attention());
    }

    private String siteAttention(HubSites.SiteStatus site) {
        return site.kiosks() == 0 ? getTranslation("hub.attention.no-kiosk") : reasons(site.attention());
    }

    private String reasons(java.util.Set<Attention> attention) {
        return attention.isEmpty() ? getTranslation("hub.attention.none") : attention.stream()
                .map(reason -> getTranslation("hub.attention." + reason.name().toLowerCase(Locale.ROOT),
                        hub.offlineAfter().toHours()))
                .collect(Collectors.joining(", "));
    }

    private String printer(@Nullable String state) {
        return state == null ? "" : getTranslation("hub.printer." + state.toLowerCase(Locale.ROOT));
    }

    void refresh() {
        List<HubSites.SiteStatus> statuses = hub.siteStatuses();
        siteNames = statuses.stream().map(HubSites.SiteStatus::site)
                .collect(Collectors.toMap(Site::id, Function.identity()));
        sites.setItems(statuses);
        devices.setItems(hub.fleet());
    }

    private String siteName(String siteId) {
        Site site = siteNames.get(siteId);
        return site == null ? siteId : site.name() + ", " + site.municipality();
    }

    private String when(@Nullable OffsetDateTime moment) {
        return moment == null ? getTranslation("hub.site.never")
                : time.format(moment.atZoneSameInstant(clock.getZone()));
    }

}
