package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.DateWords;
import fi.palvelupiste.kiosk.photoday.Attendee;
import fi.palvelupiste.kiosk.photoday.PhotoDayLine;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Booked;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Person;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.Turn;
import fi.palvelupiste.kiosk.photoday.PhotoDayQueue.WalkIn;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.photoday.WalkInNumber;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The photographer's page, for a tablet at the camera (1280×800, still usable at 800×480): who is being photographed
 * now with the phone to type into the photo system, "Photographed", "Not here / skip", "Call next", who is next and
 * when, who is here and who is not yet; staff check booked people in by name here. Below it the e-application help
 * desk's list of photographed people who asked for help, with "Helped". Opening it is audited (names and phones).
 */
@KioskOnly
@Route(value = "staff/photo-day", layout = StaffLayout.class)
@Menu(title = "menu.photo-day", order = 3)
@RolesAllowed(Role.STAFF_ROLE)
class PhotographerView extends VerticalLayout implements HasDynamicTitle {

    /** The session attribute of the photo day this tablet shows, when several are held here today. */
    static final String CHOSEN_DAY = PhotographerView.class.getName() + ".day";

    private final PhotoDays photoDays;
    private final DateWords dates;
    private final Clock clock;
    private final Actor actor;
    private final LineFollower follower;
    private final @Nullable SignupEvent event;

    final Div now = new Div();
    final Button photographed = new Button();
    final Button notHere = new Button();
    final Button callNext = new Button();
    final Div next = new Div();
    final Div here = new Div();
    final Div expected = new Div();
    final Div freed = new Div();
    final TextField search = new TextField();
    final Button find = new Button();
    final Div found = new Div();
    final Div helpDesk = new Div();
    @Nullable TextField walkInPhone;
    @Nullable Checkbox walkInHelp;
    @Nullable Button saveWalkIn;
    private @Nullable PhotoDayLine line;

    PhotographerView(PhotoDays photoDays, QueueUpdates updates, DateWords dates, Clock clock,
                     AuthenticationContext authentication) {
        this.photoDays = photoDays;
        this.dates = dates;
        this.clock = clock;
        this.actor = StaffActor.of(authentication);
        this.follower = new LineFollower(updates, this::refresh);
        addClassName("photographer-view");
        setPadding(true);
        H1 title = new H1(getTranslation("photographer.title"));
        add(title);
        Object chosen = VaadinSession.getCurrent().getAttribute(CHOSEN_DAY);
        event = photoDays.openedBy(chosen instanceof Long id ? id : null, actor).map(PhotoDayLine::event)
                .orElse(null);
        if (event == null) {
            Paragraph none = new Paragraph(getTranslation("photographer.none"));
            none.setId("photographer-none");
            add(none);
            return;
        }
        title.setText(getTranslation("photographer.title") + ": " + event.title().get(getLocale()));
        List<SignupEvent> today = photoDays.today();
        if (today.size() > 1) {
            add(dayChoice(today, event));
        }
        now.setId("photographer-now");
        now.addClassName("photographer-now");
        button(photographed, "photographer-photographed", "photographer.photographed", true,
                () -> act(person -> photoDays.photographed(event, person, actor)));
        button(notHere, "photographer-not-here", "photographer.not-here", false,
                () -> act(person -> photoDays.notHere(event, person, actor)));
        button(callNext, "photographer-call-next", "photographer.call-next", true, () -> {
            photoDays.callNext(event, actor);
            refresh();
        });
        callNext.addClickShortcut(Key.SPACE);
        next.setId("photographer-next");
        next.addClassName("photographer-next");
        Div actions = new Div(photographed, notHere, callNext);
        actions.addClassName("photographer-actions");
        Div camera = new Div(now, actions, next);
        camera.addClassName("photographer-camera");
        here.setId("photographer-here");
        expected.setId("photographer-expected");
        freed.setId("photographer-freed");
        search.setId("photographer-search");
        search.setLabel(getTranslation("photographer.search"));
        search.addClassName("photographer-field");
        button(find, "photographer-find", "photographer.search-button", false, this::find);
        find.addClickShortcut(Key.ENTER);
        found.setId("photographer-found");
        Div searchRow = new Div(search, find);
        searchRow.addClassName("photographer-search-row");
        helpDesk.setId("photographer-help-desk");
        add(camera, section("photographer.here", here), section("photographer.expected", expected), searchRow, found,
                section("photographer.freed", freed), section("photographer.help-desk", helpDesk));
        refresh();
    }

    /**
     * Two photo days here today: this tablet's photographer chooses whose line it shows. Kept for the session (the
     * tablet stays at its camera) and the page opened anew, as every part of it is that day's.
     */
    private Select<SignupEvent> dayChoice(List<SignupEvent> today, SignupEvent shown) {
        Select<SignupEvent> days = new Select<>();
        days.setId("photographer-day");
        days.setLabel(getTranslation("photographer.day"));
        days.setItems(today);
        days.setItemLabelGenerator(day -> day.title().get(getLocale()) + ", " + day.place());
        days.setValue(shown);
        days.addClassName("photographer-field");
        days.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(CHOSEN_DAY, change.getValue().id());
                UI.getCurrent().getPage().reload();
            }
        });
        return days;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("photographer.title"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (event != null) {
            follower.start(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        follower.stop();
    }

    /** Draws the line as it stands now. */
    void refresh() {
        if (event == null) {
            return;
        }
        PhotoDayLine current = photoDays.line(event);
        line = current;
        drawNow(current);
        next.removeAll();
        Person person = current.plan().now();
        photographed.setEnabled(person != null);
        notHere.setEnabled(person != null);
        callNext.setEnabled(current.plan().nextCallableAt(current.at()));
        next.add(new Span(getTranslation("photographer.next") + ": "));
        current.plan().next().ifPresentOrElse(turn -> next.add(label(turn.person(), current), new Span(" "
                        + getTranslation("photographer.next-at", time(turn)))),
                () -> next.add(new Span(getTranslation("photographer.nobody-waiting"))));
        if (person == null && !current.plan().ahead().isEmpty() && !callNext.isEnabled()) {
            next.add(new Paragraph(getTranslation("photographer.not-due")));
        }
        next.add(new Paragraph(getTranslation("photographer.pace", current.plan().pace().toMinutes())));
        rows(here, current.here(), attendee -> null);
        rows(expected, current.expected(), attendee -> checkInButton("photographer-check-in-", attendee));
        rows(freed, current.plan().notHere().stream().map(b -> current.attendee(b).orElseThrow()).toList(),
                attendee -> checkInButton("photographer-check-in-late-", attendee));
        helpDesk.removeAll();
        List<Person> wanting = current.helpWanted();
        if (wanting.isEmpty()) {
            helpDesk.add(new Paragraph(getTranslation("photographer.help-nobody")));
        }
        for (Person helped : wanting) {
            Button done = new Button(getTranslation("photographer.helped"), click -> {
                photoDays.helped(event, helped, actor);
                refresh();
            });
            done.setId("photographer-helped-" + kind(helped) + "-" + helped.id());
            done.addClassName("photographer-button");
            Div row = new Div(label(helped, current), done);
            row.addClassName("photographer-row");
            helpDesk.add(row);
        }
    }

    private void drawNow(PhotoDayLine current) {
        now.removeAll();
        walkInPhone = null;
        walkInHelp = null;
        saveWalkIn = null;
        now.add(new H2(getTranslation("photographer.now")));
        Person person = current.plan().now();
        if (person == null) {
            now.add(new Paragraph(getTranslation("photographer.nobody-now")));
            return;
        }
        now.add(label(person, current));
        switch (person) {
            case Booked booked -> {
                Attendee attendee = current.attendee(booked).orElseThrow();
                Div phone = new Div(attendee.phone() == null ? getTranslation("photographer.no-phone")
                        : FinnishMobile.display(attendee.phone()));
                phone.setId("photographer-phone");
                phone.addClassName("photographer-phone");
                now.add(new Span(getTranslation("photographer.phone")), phone);
            }
            case WalkIn walkIn -> {
                WalkInNumber number = current.walkIn(walkIn).orElseThrow();
                TextField phone = new TextField(getTranslation("photographer.walk-in-phone"));
                phone.setId("photographer-walk-in-phone");
                phone.addClassName("photographer-field");
                phone.setValue(number.phone() == null ? "" : FinnishMobile.display(number.phone()));
                Checkbox help = new Checkbox(getTranslation("photographer.walk-in-help"), number.wantsHelp());
                help.setId("photographer-walk-in-help");
                Button save = new Button();
                button(save, "photographer-walk-in-save", "photographer.save", false, () -> {
                    if (photoDays.walkInDetails(event, walkIn, phone.getValue(), help.getValue(), actor)) {
                        phone.setInvalid(false);
                        refresh();
                    } else {
                        phone.setErrorMessage(getTranslation("photographer.phone-invalid"));
                        phone.setInvalid(true);
                    }
                });
                walkInPhone = phone;
                walkInHelp = help;
                saveWalkIn = save;
                now.add(phone, help, save);
            }
        }
    }

    private void find() {
        found.removeAll();
        List<Attendee> results = photoDays.findByName(event, search.getValue(), actor);
        if (results.isEmpty() && !search.getValue().isBlank()) {
            found.add(new Paragraph(getTranslation("photographer.search-none")));
        }
        rows(found, results, attendee -> attendee.checkedInAt() == null || attendee.noShowAt() != null
                ? checkInButton("photographer-found-check-in-", attendee) : null);
    }

    /** @param idPrefix the list it is in: the same person may be in two (not yet here, and found by name) */
    private Button checkInButton(String idPrefix, Attendee attendee) {
        Button checkIn = new Button(getTranslation("photographer.check-in"), click -> {
            photoDays.checkInByStaff(event, attendee.signupId(), actor);
            found.removeAll();
            found.add(new Paragraph(getTranslation("photographer.checked-in", attendee.name())));
            refresh();
        });
        checkIn.setId(idPrefix + attendee.signupId());
        checkIn.addClassName("photographer-button");
        return checkIn;
    }

    private void rows(Div list, List<Attendee> attendees, Function<Attendee, @Nullable Button> action) {
        list.removeAll();
        for (Attendee attendee : attendees) {
            Span time = new Span(dates.time(attendee.slotStartsAt(), getLocale()));
            time.addClassName("photographer-time");
            Div row = new Div(time, new Span(attendee.name()));
            row.addClassName("photographer-row");
            Button button = action.apply(attendee);
            if (button != null) {
                row.add(button);
            }
            list.add(row);
        }
    }

    private void act(Consumer<Person> action) {
        if (line != null && line.plan().now() != null) {
            action.accept(line.plan().now());
        }
        refresh();
    }

    private Span label(Person person, PhotoDayLine current) {
        String text = switch (person) {
            case Booked booked -> {
                Attendee attendee = current.attendee(booked).orElseThrow();
                yield getTranslation("photographer.booked", dates.time(attendee.slotStartsAt(), getLocale()))
                        + " — " + attendee.name();
            }
            case WalkIn walkIn -> getTranslation("photographer.walk-in", current.walkIn(walkIn).orElseThrow().shown());
        };
        Span label = new Span(text);
        label.addClassName("photographer-label");
        return label;
    }

    private String time(Turn turn) {
        return dates.time(turn.expectedAt().atZone(clock.getZone()), getLocale());
    }

    private static String kind(Person person) {
        return person instanceof Booked ? "booked" : "walk-in";
    }

    private Div section(String headingKey, Div list) {
        Div box = new Div(new H2(getTranslation(headingKey)), list);
        box.addClassName("photographer-section");
        return box;
    }

    private void button(Button button, String id, String textKey, boolean primary, Runnable action) {
        button.setText(getTranslation(textKey));
        button.setId(id);
        button.addClassName("photographer-button");
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClickListener(click -> action.run());
    }
}
