package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.staff.ui.A4Table;
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
    final A4Table table = new A4Table(RideManifests.PHONE_COLUMN);

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
        table.header(manifests.header(locale));
        rows.forEach(row -> table.row(manifests.cells(row, locale)));
        Button print = new Button(getTranslation("lists.print-page"), click -> getElement().executeJs("window.print()"));
        print.setId("a4-print");
        print.addClassName("a4-no-print");
        add(new H1(getTranslation("ride.manifest.heading") + " – " + ride.name().get(locale)),
                new Paragraph(new Text(texts.day(ride.date(), locale) + " · " + getTranslation(ride.vehicle().messageKey())
                        + " · " + ride.operatorName() + " "), contactPhone(ride)),
                print, table, new Paragraph(getTranslation("ride.manifest.privacy")));
    }

    private static Span contactPhone(Ride ride) {
        Span phone = new Span(FinnishMobile.displayAny(ride.contactPhone()));
        phone.addClassName(A4Table.PHONE_CLASS);
        return phone;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("ride.manifest.heading"));
    }
}
