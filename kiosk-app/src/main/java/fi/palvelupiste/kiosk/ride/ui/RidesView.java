package fi.palvelupiste.kiosk.ride.ui;

import fi.palvelupiste.kiosk.ride.SharedRides;
import fi.palvelupiste.kiosk.signup.SiteChoices;
import fi.palvelupiste.kiosk.signup.SiteChoices.SiteChoice;
import fi.palvelupiste.kiosk.staff.ui.SitesChoice;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Set;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.ride.ManifestRow;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RideRefusedException;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.StopInUseException;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.ride.StopCount;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.staff.ui.CsvDownload;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coordinator's rides: every ride with its seats and wheelchair places; a new ride (for an event or on its
 * own); the chosen ride's route (stops in pickup order, added and removed), its driver's manifest per stop with thermal
 * print, A4 and CSV (each look audited), and the summary with seats per stop, wheelchair places and snacks.
 */
@Route(value = "admin/rides", layout = StaffLayout.class)
@Menu(title = "ride.menu.rides", order = 30)
@RolesAllowed(Role.COORDINATOR_ROLE)
class RidesView extends VerticalLayout implements HasDynamicTitle {

    private final RidePlanning rides;
    private final RideManifests manifests;
    private final SignupTexts texts;
    private final Actor actor;
    private final SharedRides shared;
    private final @Nullable SiteChoices siteChoices;

    final Grid<Ride> grid = new Grid<>();
    final RideForm form = new RideForm();
    // the chosen ride
    Ride chosen;
    final VerticalLayout detail = new VerticalLayout();
    /** On the hub: the sites whose kiosks offer a ride on its own (a ride to an event goes where its event goes). */
    final SitesChoice<SiteChoice> sites = new SitesChoice<>("ride-sites", "hub.ride-sites", SiteChoice::id,
            site -> site.name() + " (" + site.municipality() + ")");
    final Grid<RideStop> stops = new Grid<>();
    /** A stop's "Remove": not on a hub ride, which only the hub changes. */
    final Grid.Column<RideStop> removeStops;
    final TextField village = new TextField();
    final TextField pickupPoint = new TextField();
    final TimePicker pickupAt = new TimePicker();
    final Button addStop = new Button();
    final Grid<ManifestRow> manifest = new Grid<>();
    final Grid<StopCount> summary = new Grid<>();
    final Paragraph snacks = new Paragraph();
    final Button print = new Button();
    final Anchor a4 = new Anchor();
    final Anchor csv = new Anchor();

    RidesView(RidePlanning rides, RideManifests manifests, SignupTexts texts, SharedRides shared,
              ObjectProvider<SiteChoices> siteChoices, AuthenticationContext authentication) {
        this.rides = rides;
        this.shared = shared;
        this.siteChoices = siteChoices.getIfAvailable();
        this.manifests = manifests;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        setId("rides");
        Locale locale = getLocale();
        grid.setId("rides-grid");
        grid.addColumn(r -> r.name().get(locale)).setHeader(getTranslation("ride.admin.name")).setFlexGrow(1).setSortable(true);
        grid.addColumn(r -> texts.day(r.date(), locale)).setHeader(getTranslation("ride.admin.date"))
                .setComparator(Ride::date).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.vehicle().messageKey())).setHeader(getTranslation("ride.admin.vehicle"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.seatsBooked() + "/" + r.seats()).setHeader(getTranslation("ride.admin.seats")).setAutoWidth(true);
        grid.addColumn(r -> r.wheelchairBooked() + "/" + r.wheelchairPlaces())
                .setHeader(getTranslation("ride.admin.wheelchair")).setAutoWidth(true);
        grid.addColumn(r -> r.personalDataDeletedAt() != null ? getTranslation("ride.admin.deleted")
                : r.standalone() ? getTranslation("ride.admin.standalone") : getTranslation("ride.admin.with-event"))
                .setHeader(getTranslation("ride.admin.kind")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> choose(change.getValue()));

        form.setEvents(rides.events());
        form.addSaveListener(save -> createRide(save.value()));

        detail.setId("ride-detail");
        detail.setPadding(false);
        detail.setVisible(false);
        stops.setId("ride-stops");
        stops.addColumn(s -> texts.time(s.pickupAt(), locale)).setHeader(getTranslation("ride.column.time")).setAutoWidth(true);
        stops.addColumn(RideStop::village).setHeader(getTranslation("ride.admin.village")).setAutoWidth(true);
        stops.addColumn(RideStop::pickupPoint).setHeader(getTranslation("ride.admin.pickup-point")).setFlexGrow(1);
        removeStops = stops.addComponentColumn(stop -> {
            Button remove = new Button(getTranslation("ride.admin.remove-stop"), click -> removeStop(stop));
            remove.setId("stop-remove-" + stop.id());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        stops.setAllRowsVisible(true);
        village.setLabel(getTranslation("ride.admin.village"));
        village.setId("stop-village");
        pickupPoint.setLabel(getTranslation("ride.admin.pickup-point"));
        pickupPoint.setId("stop-point");
        pickupAt.setLabel(getTranslation("ride.column.time"));
        pickupAt.setId("stop-time");
        addStop.setText(getTranslation("ride.admin.add-stop"));
        addStop.setId("stop-add");
        addStop.addClickListener(click -> addStop());
        HorizontalLayout stopForm = new HorizontalLayout(village, pickupPoint, pickupAt, addStop);
        stopForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        stopForm.setWrap(true);
        manifest.setId("ride-manifest");
        List<String> header = manifests.header(locale);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            manifest.addColumn(row -> manifests.cells(row, locale).get(column)).setHeader(header.get(i)).setAutoWidth(true);
        }
        manifest.setAllRowsVisible(true);
        summary.setId("ride-summary");
        summary.addColumn(c -> texts.time(c.stop().pickupAt(), locale) + " " + c.stop().place())
                .setHeader(getTranslation("ride.column.stop")).setFlexGrow(1);
        summary.addColumn(StopCount::bookings).setHeader(getTranslation("ride.admin.bookings")).setAutoWidth(true);
        summary.addColumn(StopCount::seats).setHeader(getTranslation("ride.column.seats")).setAutoWidth(true);
        summary.addColumn(StopCount::wheelchairPlaces).setHeader(getTranslation("ride.column.wheelchair")).setAutoWidth(true);
        summary.setAllRowsVisible(true);
        snacks.setId("ride-snacks");
        print.setText(getTranslation("ride.admin.print"));
        print.setId("ride-print");
        print.addClickListener(click -> printManifest());
        print.setVisible(manifests.printsHere());
        a4.setText(getTranslation("ride.admin.a4"));
        a4.setId("ride-a4");
        a4.setTarget(AnchorTarget.BLANK);
        csv.setText(getTranslation("ride.admin.csv"));
        csv.setId("ride-csv");
        HorizontalLayout tools = new HorizontalLayout(print, a4, csv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        sites.addSaveListener(save -> offerAt(save.siteIds()));
        detail.add(sites, new H2(getTranslation("ride.admin.route")), stops, stopForm,
                new H2(getTranslation("ride.admin.summary")), summary, snacks,
                new H2(getTranslation("ride.manifest.heading")), new Paragraph(getTranslation("ride.admin.audit-note")),
                tools, manifest);

        add(new H1(getTranslation("ride.admin.heading")), new H2(getTranslation("ride.admin.new")), form, grid, detail);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("ride.admin.heading"));
    }

    void refresh() {
        grid.setItems(rides.rides());
    }

    void createRide(EditedRide ride) {
        try {
            long id = rides.save(null, ride.toDraft(), actor);
            refresh();
            rides.ride(id).ifPresent(grid::select);
            Notification.show(getTranslation("ride.admin.created"), 3000, Notification.Position.TOP_CENTER);
        } catch (RideRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.messageArguments(this::getTranslation)),
                    5000, Notification.Position.MIDDLE);
        }
    }

    void choose(Ride ride) {
        chosen = ride;
        detail.setVisible(ride != null && ride.personalDataDeletedAt() == null);
        if (!detail.isVisible()) {
            return;
        }
        Locale locale = getLocale();
        showSites(ride);
        removeStops.setVisible(!ride.fromHub());
        stops.setItems(rides.stops(ride.id()));
        manifest.setItems(manifests.rows(ride.id(), ListFormat.SCREEN, actor));
        List<StopCount> counts = manifests.summaryOf(ride);
        summary.setItems(counts);
        snacks.setText(ride.eventId() == null
                ? getTranslation("ride.admin.travellers", counts.stream().mapToInt(StopCount::travellers).sum())
                : getTranslation("ride.admin.snacks", manifests.snacks(ride.eventId())));
        a4.setHref(RouteConfiguration.forSessionScope().getUrl(RideManifestPrintView.class,
                new RouteParameters(Map.of(RideManifestPrintView.RIDE_PARAMETER, String.valueOf(ride.id())))));
        csv.setHref(CsvDownload.of(csvFileName(ride), () -> manifests.csv(ride.id(), actor, locale)));
    }

    /** The manifest's file name in the coordinator's language: "ride-2026-12-14-7.csv". */
    String csvFileName(Ride ride) {
        return getTranslation("ride.admin.csv-file", ride.date().toString(), String.valueOf(ride.id()));
    }

    private void showSites(Ride ride) {
        sites.setVisible(siteChoices != null && ride.standalone() && !ride.fromHub());
        if (sites.isVisible()) {
            sites.show(siteChoices.siteChoices(), shared.sitesOf(ride.id()));
        }
    }

    void offerAt(Set<String> siteIds) {
        try {
            shared.offerAt(chosen.id(), siteIds, actor);
            Notification.show(getTranslation("hub.ride-sites.saved"), 4000, Notification.Position.TOP_CENTER);
        } catch (RideRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
        }
        showSites(chosen);
    }

    void addStop() {
        if (chosen == null) {
            return;
        }
        try {
            rides.addStop(chosen.id(), village.getValue(), pickupPoint.getValue(), pickupAt.getValue(), actor);
            village.clear();
            pickupPoint.clear();
            pickupAt.clear();
            stops.setItems(rides.stops(chosen.id()));
            summary.setItems(manifests.summaryOf(chosen));
        } catch (RideRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.messageArguments(this::getTranslation)),
                    5000, Notification.Position.MIDDLE);
        }
    }

    /** Takes the stop off the route, or says how many bookings get on there (staff change those first). */
    void removeStop(RideStop stop) {
        try {
            rides.removeStop(stop.id(), actor);
            Notification.show(getTranslation("ride.admin.stop-removed", stop.place()), 3000, Notification.Position.TOP_CENTER);
        } catch (StopInUseException used) {
            Notification.show(getTranslation(used.messageKey(), used.bookings()), 8000, Notification.Position.MIDDLE);
        } catch (RideRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
        }
        stops.setItems(rides.stops(chosen.id()));
        summary.setItems(manifests.summaryOf(chosen));
    }

    void printManifest() {
        try {
            manifests.print(chosen.id(), actor, getLocale());
            Notification.show(getTranslation("ride.admin.printed"), 4000, Notification.Position.TOP_CENTER);
        } catch (RideRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
    }
}
