package fi.palvelupiste.kiosk.ride.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.ride.BusCounts;
import fi.palvelupiste.kiosk.ride.Passenger;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBoarding;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The escort's page on the bus day, on a phone or a tablet: today's bus, then a stop; who is to get on there, each
 * ticked boarded or not come (undone with one tap); on a trip's bus also its departure point, where those signed up
 * without a ride get on; someone added on the bus while a place is free; and on top the
 * seats, wheelchair places, people on board and snacks. A coordinator also gets the printed manifest's A4 page.
 * Buttons are 64 px high for a moving bus.
 */
@KioskOnly
@Route(value = "escort", layout = StaffLayout.class)
@Menu(title = "escort.menu", order = 5)
@RolesAllowed(Role.STAFF_ROLE)
class EscortView extends VerticalLayout implements HasDynamicTitle {

    private static final String TARGET = "64px";
    static final String DEPARTURE_POINT = "escort-departure-point";

    private final RideBoarding boarding;
    private final SignupTexts texts;
    private final Actor actor;
    private final boolean coordinator;

    final Select<Ride> bus = new Select<>();
    final Paragraph noBus = new Paragraph();
    final FlexLayout stops = new FlexLayout();
    final Paragraph counts = new Paragraph();
    final Anchor manifest = new Anchor();
    final VerticalLayout people = new VerticalLayout();
    final VerticalLayout walkOn = new VerticalLayout();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final IntegerField seats = new IntegerField();
    final Checkbox wheelchair = new Checkbox();
    final Button addWalkOn = new Button();
    @Nullable RideStop stop;
    /** The departure point chosen instead of a stop: the trip's sign-ups who booked no ride meet the bus there. */
    boolean atDeparturePoint;
    /** The rows shown, one per booking at the stop, with their buttons. */
    final List<PassengerRow> rows = new ArrayList<>();

    EscortView(RideBoarding boarding, SignupTexts texts, AuthenticationContext authentication) {
        this.boarding = boarding;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        this.coordinator = authentication.hasRole(Role.COORDINATOR_ROLE);
        setId("escort");
        setMaxWidth("720px");
        Locale locale = getLocale();
        bus.setId("escort-bus");
        bus.setLabel(getTranslation("escort.bus"));
        bus.setItemLabelGenerator(ride -> ride.name().get(locale) + " · " + getTranslation(ride.vehicle().messageKey()));
        bus.setWidthFull();
        bus.addValueChangeListener(change -> chooseBus(change.getValue()));
        noBus.setId("escort-no-bus");
        noBus.setText(getTranslation("escort.no-bus"));
        stops.setId("escort-stops");
        stops.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        // as wide as the page, not as its longest place name: a name then wraps inside its button
        stops.setWidthFull();
        stops.getStyle().set("gap", "16px");
        counts.setId("escort-counts");
        manifest.setId("escort-manifest");
        manifest.setText(getTranslation("escort.manifest"));
        manifest.setTarget(AnchorTarget.BLANK);
        people.setId("escort-people");
        people.setPadding(false);

        firstName.setId("walk-on-first");
        firstName.setLabel(getTranslation("escort.walk-on.first-name"));
        lastName.setId("walk-on-last");
        lastName.setLabel(getTranslation("escort.walk-on.last-name"));
        seats.setId("walk-on-seats");
        seats.setLabel(getTranslation("escort.walk-on.seats"));
        seats.setMin(0);
        seats.setMax(2);
        seats.setStepButtonsVisible(true);
        // most who get on at a stop take one seat; the escort changes it only for a couple or a wheelchair
        seats.setValue(1);
        wheelchair.setId("walk-on-wheelchair");
        wheelchair.setLabel(getTranslation("escort.walk-on.wheelchair"));
        addWalkOn.setId("walk-on-add");
        addWalkOn.setText(getTranslation("escort.walk-on.add"));
        addWalkOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addWalkOn.setMinHeight(TARGET);
        addWalkOn.addClickListener(click -> addWalkOn());
        for (var field : List.of(firstName, lastName)) {
            field.setWidthFull();
        }
        walkOn.setId("escort-walk-on");
        walkOn.setPadding(false);
        walkOn.add(new H2(getTranslation("escort.walk-on")), firstName, lastName, seats, wheelchair, addWalkOn);

        add(new H1(getTranslation("escort.heading")), bus, noBus, stops, counts, manifest, people, walkOn);
        List<Ride> today = boarding.today();
        bus.setItems(today);
        noBus.setVisible(today.isEmpty());
        bus.setVisible(!today.isEmpty());
        chooseBus(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("escort.heading"));
    }

    void chooseBus(@Nullable Ride ride) {
        stops.removeAll();
        chooseStop(null);
        manifest.setVisible(ride != null && coordinator);
        counts.setVisible(ride != null);
        if (ride == null) {
            return;
        }
        Locale locale = getLocale();
        for (RideStop each : boarding.stops(ride.id())) {
            stops.add(placeButton("escort-stop-" + each.id(), texts.time(each.pickupAt(), locale) + " " + each.place(),
                    () -> chooseStop(each)));
        }
        boarding.departurePointOf(ride).ifPresent(trip -> {
            String where = trip.address().isBlank() ? trip.place() : trip.address();
            stops.add(placeButton(DEPARTURE_POINT, (trip.departsAt() == null ? ""
                    : texts.time(trip.departsAt(), locale) + " ") + getTranslation("escort.departure-point", where),
                    this::chooseDeparturePoint));
        });
        manifest.setHref(RouteConfiguration.forSessionScope().getUrl(RideManifestPrintView.class,
                new RouteParameters(Map.of(RideManifestPrintView.RIDE_PARAMETER, String.valueOf(ride.id())))));
        showCounts();
    }

    /** A stop, or the departure point: where people get on. */
    private static Button placeButton(String id, String text, SerializableRunnable choose) {
        Button button = new Button(text, click -> choose.run());
        button.setId(id);
        button.setMinHeight(TARGET);
        // a village and its pickup point are longer than a phone is wide: the name wraps inside the button
        button.setWidthFull();
        button.getStyle().set("white-space", "normal");
        return button;
    }

    void chooseStop(@Nullable RideStop chosen) {
        stop = chosen;
        atDeparturePoint = false;
        highlight(chosen == null ? null : "escort-stop-" + chosen.id());
        walkOn.setVisible(chosen != null);
        showPeople();
    }

    /** The trip's sign-ups without a ride; someone added on the bus is added at a stop. */
    void chooseDeparturePoint() {
        stop = null;
        atDeparturePoint = true;
        highlight(DEPARTURE_POINT);
        walkOn.setVisible(false);
        showPeople();
    }

    private void highlight(@Nullable String chosenId) {
        stops.getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(button -> {
            if (chosenId != null && button.getId().filter(chosenId::equals).isPresent()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private void showPeople() {
        people.removeAll();
        rows.clear();
        Ride ride = bus.getValue();
        RideStop chosen = stop;
        if (ride == null || chosen == null && !atDeparturePoint) {
            return;
        }
        List<Passenger> passengers = chosen == null ? boarding.atDeparturePoint(ride, actor)
                : boarding.atStop(ride.id(), chosen.id(), actor);
        if (passengers.isEmpty()) {
            people.add(new Paragraph(getTranslation(chosen == null ? "escort.nobody-at-departure-point"
                    : "escort.nobody")));
        }
        for (Passenger passenger : passengers) {
            PassengerRow row = new PassengerRow(passenger);
            rows.add(row);
            people.add(row);
        }
    }

    void showCounts() {
        Ride ride = bus.getValue();
        if (ride == null) {
            return;
        }
        BusCounts figures = boarding.counts(ride.id());
        counts.setText(getTranslation("escort.counts", figures.seatsTaken(), figures.freeSeats(),
                figures.wheelchairTaken(), figures.freeWheelchairPlaces(), figures.boarded(), figures.snacks()));
        addWalkOn.setEnabled(figures.room());
        addWalkOn.setText(getTranslation(figures.room() ? "escort.walk-on.add" : "escort.walk-on.full"));
    }

    void mark(Passenger passenger, Passenger.Boarding state) {
        Ride ride = bus.getValue();
        if (ride == null) {
            return;
        }
        try {
            boarding.mark(ride, passenger, state, actor);
        } catch (NotChangeableException gone) {
            Notification.show(getTranslation("escort.gone"), 5000, Notification.Position.MIDDLE);
        }
        showPeople();
        showCounts();
    }

    void addWalkOn() {
        Ride ride = bus.getValue();
        if (ride == null || stop == null) {
            return;
        }
        int seatCount = seats.getValue() == null ? 0 : seats.getValue();
        try {
            boarding.walkOn(stop.id(), new Person(firstName.getValue(), lastName.getValue(), null, Needs.NONE),
                    seatCount, wheelchair.getValue(), actor, getLocale());
            firstName.clear();
            lastName.clear();
            seats.setValue(1);
            wheelchair.clear();
            Notification.show(getTranslation("escort.walk-on.added"), 3000, Notification.Position.TOP_CENTER);
        } catch (RideFullException full) {
            Notification.show(getTranslation("escort.walk-on.no-room"), 5000, Notification.Position.MIDDLE);
        } catch (IllegalArgumentException unusable) {
            Notification.show(getTranslation("escort.walk-on.check"), 5000, Notification.Position.MIDDLE);
        }
        showPeople();
        showCounts();
    }

    /** One booking at the stop: name, places, where the escort has got with it, and its buttons. */
    final class PassengerRow extends Div {

        final Passenger passenger;
        final Button boarded = new Button();
        final Button noShow = new Button();
        final Button undo = new Button();

        PassengerRow(Passenger passenger) {
            this.passenger = passenger;
            // a sign-up's id may equal a ride booking's: the ids of its row say which it is
            String key = (passenger.source() == Passenger.Source.SIGN_UP ? "signup-" : "") + passenger.bookingId();
            setId("escort-person-" + key);
            Span name = new Span(passenger.name());
            name.getStyle().set("font-weight", "bold");
            String places = getTranslation("escort.places", passenger.seats(), passenger.wheelchair() ? 1 : 0)
                    + (passenger.walkOn() ? " · " + getTranslation("escort.walk-on.mark") : "");
            Span state = new Span(getTranslation("escort.state." + passenger.boarding().name().toLowerCase(Locale.ROOT)));
            state.setId("escort-state-" + key);
            boarded.setId("escort-boarded-" + key);
            noShow.setId("escort-no-show-" + key);
            undo.setId("escort-undo-" + key);
            boarded.setText(getTranslation("escort.boarded"));
            boarded.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            boarded.addClickListener(click -> mark(passenger, Passenger.Boarding.BOARDED));
            noShow.setText(getTranslation("escort.no-show"));
            noShow.addClickListener(click -> mark(passenger, Passenger.Boarding.NO_SHOW));
            undo.setText(getTranslation("escort.undo"));
            undo.addClickListener(click -> mark(passenger, Passenger.Boarding.EXPECTED));
            boolean expected = passenger.boarding() == Passenger.Boarding.EXPECTED;
            boarded.setVisible(expected);
            noShow.setVisible(expected);
            undo.setVisible(!expected);
            FlexLayout buttons = new FlexLayout(boarded, noShow, undo);
            buttons.getStyle().set("gap", "16px");
            for (Button button : List.of(boarded, noShow, undo)) {
                button.setMinHeight(TARGET);
                button.getElement().setAttribute("aria-label", button.getText() + ": " + passenger.name());
            }
            VerticalLayout card = new VerticalLayout(name, new Span(places), state, buttons);
            card.setPadding(false);
            card.setSpacing(false);
            card.setAlignItems(FlexComponent.Alignment.START);
            add(card);
            getStyle().set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("padding", "12px 0");
            setWidthFull();
        }
    }
}
