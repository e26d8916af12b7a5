package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.i18n.Language;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.Booking;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.ReferenceCode;
import fi.palvelupiste.kiosk.signup.RideFullException;
import fi.palvelupiste.kiosk.signup.RideTicket;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.kiosk.ui.step.RideSteps;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupLists;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff find a sign-up by reference code or name (for a resident at the desk or on the phone) and cancel it,
 * move it or reprint its slip; its ride (or a ride booked on its own, found by its code) they change — stop, how many
 * travel, wheelchair place — or cancel. Every search is audited. On the hub a coordinator finds the sign-ups of their areas'
 * sites and changes them there (the kiosk that made one takes the change at its next contact); the hub prints nothing.
 */
@Route(value = "staff/bookings", layout = StaffLayout.class)
@Menu(title = "menu.bookings", order = 25)
@RolesAllowed(Role.STAFF_ROLE)
class StaffBookingsView extends VerticalLayout implements HasDynamicTitle {

    private final SignupBooking signups;
    private final SignupChanges changes;
    private final SignupTexts texts;
    private final SignupLists lists;
    private final Actor actor;

    final TextField query = new TextField();
    final Button search = new Button();
    final Grid<Booking> results = new Grid<>();
    final VerticalLayout selected = new VerticalLayout();
    private String lastQuery = "";

    StaffBookingsView(SignupBooking signups, SignupChanges changes, SignupTexts texts, SignupLists lists,
                      AuthenticationContext authentication) {
        this.lists = lists;
        this.changes = changes;
        this.signups = signups;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        query.setLabel(getTranslation("bookings.query"));
        query.setId("bookings-query");
        query.setHelperText(getTranslation("bookings.query-help"));
        search.setText(getTranslation("bookings.search"));
        search.setId("bookings-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(click -> search());
        results.setId("bookings-results");
        // at 1280 px beside the menu: the code always whole, the event's name taking what is left and wrapping
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addColumn(b -> b.signup().referenceCode()).setKey("code").setHeader(getTranslation("signup.column.code"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        results.addColumn(b -> b.signup().fullName()).setKey("name").setHeader(getTranslation("signup.column.name"))
                .setAutoWidth(true).setFlexGrow(0);
        results.addColumn(b -> b.signup().phone() == null ? "" : FinnishMobile.display(b.signup().phone()))
                .setKey("phone").setHeader(getTranslation("signup.column.phone")).setAutoWidth(true).setFlexGrow(0);
        results.addColumn(b -> b.event().title().in(Language.FI) + ", " + texts.day(b.event().date(), getLocale()))
                .setKey("event").setHeader(getTranslation("bookings.event")).setWidth("200px").setFlexGrow(1);
        results.addColumn(this::time).setKey("time").setHeader(getTranslation("signup.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        results.addColumn(this::status).setKey("status").setHeader(getTranslation("bookings.state"))
                .setAutoWidth(true).setFlexGrow(0);
        results.setAllRowsVisible(true);
        results.addSelectionListener(selection -> showSelected(selection.getFirstSelectedItem().orElse(null)));
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        selected.setId("bookings-selected");
        selected.setPadding(false);
        add(new H1(getTranslation("bookings.heading")), bar, results, selected);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("bookings.heading"));
    }

    void search() {
        lastQuery = query.getValue();
        List<Booking> found = changes.search(lastQuery, actor);
        showResults(found);
        selected.removeAll();
        Optional<RideTicket> rideOnItsOwn = rideOnItsOwn(lastQuery);
        rideOnItsOwn.ifPresent(ride -> selected.add(ride(ride)));
        if (found.isEmpty() && rideOnItsOwn.isEmpty()) {
            selected.add(new Paragraph(getTranslation("bookings.none")));
        }
    }

    /** A ride booked without a sign-up has no row in the results: its code finds it. */
    private Optional<RideTicket> rideOnItsOwn(String typed) {
        String code = ReferenceCode.normalize(typed == null ? "" : typed.strip());
        return ReferenceCode.isWellFormed(code)
                ? changes.ride(code, getLocale()).filter(RideTicket::standalone) : Optional.empty();
    }

    /** Auto widths are measured when rows arrive: the grid was drawn empty, so measure again for the codes. */
    private void showResults(List<Booking> found) {
        results.setItems(found);
        results.recalculateColumnWidths();
    }

    /** The booking's status in words: confirmed, waiting (with the place in the queue) or cancelled. */
    String status(Booking booking) {
        return switch (booking.signup().status()) {
            case CONFIRMED -> getTranslation("bookings.confirmed");
            case WAITLISTED -> getTranslation("bookings.waitlisted", booking.waitlistPosition());
            case CANCELLED -> getTranslation("bookings.cancelled");
        };
    }

    /** The slot's time (a trip's departure and return), if the booking has one. */
    private String time(Booking booking) {
        return booking.slot() == null ? "" : texts.slotTime(booking.event(), booking.slot(), getLocale());
    }

    void showSelected(Booking booking) {
        selected.removeAll();
        if (booking == null) {
            return;
        }
        String time = time(booking);
        selected.add(new Paragraph(booking.signup().fullName() + " – " + booking.signup().referenceCode() + " – "
                + status(booking) + (time.isEmpty() ? "" : ", " + time)));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (booking.cancellable()) {
            Button cancel = new Button(getTranslation("bookings.cancel"), click -> act(() ->
                    changes.cancel(booking.signup().id(), actor, java.util.Locale.of(booking.signup().language()))));
            cancel.setId("bookings-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (booking.movable()) {
            Select<Slot> to = new Select<>();
            to.setId("bookings-move-to");
            to.setLabel(getTranslation("bookings.move-to"));
            to.setItems(signups.slots(booking.event().id()).stream()
                    .filter(s -> s.free() > 0 && s.id() != booking.slot().id()).toList());
            to.setItemLabelGenerator(s -> texts.slotTime(booking.event(), s, getLocale())
                    + " (" + getTranslation("signup.slot.free", s.free()) + ")");
            Button move = new Button(getTranslation("bookings.move"), click -> {
                if (to.getValue() != null) {
                    act(() -> changes.move(booking.signup().id(), to.getValue().id(), actor,
                            java.util.Locale.of(booking.signup().language())));
                }
            });
            move.setId("bookings-move");
            actions.add(to, move);
        }
        if (booking.cancellable() && lists.printsHere()) {
            Button reprint = new Button(getTranslation("bookings.reprint"), click -> act(() ->
                    signups.reprint(booking.signup().id(), actor, java.util.Locale.of(booking.signup().language()))));
            reprint.setId("bookings-reprint");
            actions.add(reprint);
        }
        selected.add(actions);
        changes.ride(booking.signup().referenceCode(), getLocale()).ifPresent(ride -> selected.add(ride(ride)));
    }

    /** The ride booked under the code: what it is, and on the kiosk that owns it, its change and its cancel. */
    private VerticalLayout ride(RideTicket ride) {
        VerticalLayout part = new VerticalLayout();
        part.setId("bookings-ride");
        part.setPadding(false);
        part.add(new Paragraph(getTranslation(ride.cancellable() ? "ride.bookings.ride" : "ride.bookings.ride-cancelled",
                ride.referenceCode(), ride.summary())));
        if (!ride.changeable()) {
            return part;
        }
        Locale residents = Locale.of(ride.language());
        Select<RideStopChoice> stop = new Select<>();
        stop.setId("bookings-ride-stop");
        stop.setLabel(getTranslation("ride.column.stop"));
        List<RideStopChoice> stops = changes.rideChoices(ride.referenceCode(), getLocale());
        stop.setItems(stops);
        stop.setItemLabelGenerator(choice -> choice.label() + " – " + choice.hint());
        stops.stream().filter(choice -> choice.stopId() == ride.booked().stopId()).findFirst().ifPresent(stop::setValue);
        Select<Integer> travellers = new Select<>();
        travellers.setId("bookings-ride-travellers");
        travellers.setLabel(getTranslation("ride.bookings.travellers"));
        travellers.setItems(java.util.stream.IntStream.rangeClosed(1, RideSteps.MAX_TRAVELLERS).boxed().toList());
        travellers.setValue(ride.booked().seats() + (ride.booked().wheelchair() ? 1 : 0));
        Checkbox wheelchair = new Checkbox(getTranslation("ride.bookings.wheelchair"), ride.booked().wheelchair());
        wheelchair.setId("bookings-ride-wheelchair");
        Button change = new Button(getTranslation("ride.bookings.change"), click -> {
            if (stop.getValue() != null) {
                int seats = travellers.getValue() - (wheelchair.getValue() ? 1 : 0);
                act(() -> changes.changeRide(ride.referenceCode(),
                        new RideRequest(stop.getValue().stopId(), seats, wheelchair.getValue()), actor, residents));
            }
        });
        change.setId("bookings-ride-change");
        Button cancel = new Button(getTranslation("ride.bookings.cancel"),
                click -> act(() -> changes.cancelRide(ride.referenceCode(), actor, residents)));
        cancel.setId("bookings-ride-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(stop, travellers, wheelchair, change, cancel);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        part.add(actions);
        return part;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("bookings.done"), 4000, Notification.Position.TOP_CENTER);
        } catch (NotChangeableException | SlotFullException problem) {
            Notification.show(getTranslation("bookings.not-possible"), 5000, Notification.Position.TOP_CENTER);
        } catch (RideFullException full) {
            Notification.show(getTranslation("ride.bookings.full"), 5000, Notification.Position.TOP_CENTER);
        }
        showResults(changes.search(lastQuery, actor));
        selected.removeAll();
    }
}
