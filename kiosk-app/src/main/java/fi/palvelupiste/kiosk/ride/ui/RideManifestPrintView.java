package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.ride.ManifestRow;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideManifests;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.ListFormat;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/** The driver's manifest as a plain A4 page to print from the browser, in pickup order. Audited. */
@Route(value = "admin/rides/:" + RideManifestPrintView.RIDE_PARAMETER + "/a4", autoLayout = false)
@RolesAllowed(Role.COORDINATOR_ROLE)
class RideManifestPrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String RIDE_PARAMETER = "rideId";

    private final RideManifests manifests;
    private final RidePlanning rides;
    private final SignupTexts texts;
    private final Actor actor;
    final NativeTable table = new NativeTable();

    RideManifestPrintView(RideManifests manifests, RidePlanning rides, SignupTexts texts,
                          AuthenticationContext authentication) {
        this.manifests = manifests;
        this.rides = rides;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        addClassName("a4-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        Ride ride = enter.getRouteParameters().getLong(RIDE_PARAMETER).flatMap(rides::ride)
                .filter(r -> r.personalDataDeletedAt() == null).orElse(null);
        if (ride == null) {
            enter.forwardTo(RidesView.class);
            return;
        }
        Locale locale = getLocale();
        List<ManifestRow> rows = manifests.rows(ride.id(), ListFormat.A4, actor);
        table.setId("a4-table");
        NativeTableRow head = table.getHead().addRow();
        manifests.header(locale).forEach(text -> head.addHeaderCell().setText(text));
        for (ManifestRow row : rows) {
            NativeTableRow line = table.getBody().addRow();
            manifests.cells(row, locale).forEach(text -> line.addDataCell().setText(text));
        }
        Button print = new Button(getTranslation("lists.print-page"), click -> getElement().executeJs("window.print()"));
        print.setId("a4-print");
        print.addClassName("a4-no-print");
        add(new H1(getTranslation("ride.manifest.heading") + " – " + ride.name().get(locale)),
                new Paragraph(texts.day(ride.date(), locale) + " · " + getTranslation(ride.vehicle().messageKey())
                        + " · " + ride.operatorName() + " " + ride.contactPhone()),
                print, table, new Paragraph(getTranslation("ride.manifest.privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("ride.manifest.heading"));
    }
}
