package fi.palvelupiste.kiosk.signup.ui;

import fi.palvelupiste.kiosk.staff.ui.SitesChoice;
import fi.palvelupiste.kiosk.signup.SiteChoices.SiteChoice;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.PlanningException;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SiteChoices;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Creating and editing one event: its {@link EventForm} and, once stored, its {@link SlotsEditor} (a trip's seats
 * are in the form), wired to {@link EventPlanning}.
 */
@Route(value = "admin/events/:" + EventEditorView.EVENT_PARAMETER, layout = StaffLayout.class)
@RolesAllowed(Role.COORDINATOR_ROLE)
class EventEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EVENT_PARAMETER = "eventId";
    static final String NEW = "new";

    private final EventPlanning planning;
    private final SharedEvents shared;
    /** The hub's sites, on the hub only: there an event is offered at the sites chosen here. */
    private final @Nullable SiteChoices siteChoices;
    private final Actor actor;
    private @Nullable Long eventId;

    final EventForm form;
    private final H1 heading = new H1();

    final SlotsEditor slots = new SlotsEditor();
    final SitesChoice<SiteChoice> sites = new SitesChoice<>("event-sites", "events.sites", SiteChoice::id,
            site -> site.name() + " (" + site.municipality() + ")");
    private final Paragraph fromHub = new Paragraph(getTranslation("events.from-hub"));

    EventEditorView(EventPlanning planning, SharedEvents shared, ObjectProvider<SiteChoices> siteChoices,
                    AuthenticationContext authentication) {
        this.planning = planning;
        this.shared = shared;
        this.siteChoices = siteChoices.getIfAvailable();
        this.actor = StaffActor.of(authentication);
        setId("event-editor");
        form = new EventForm(planning.kinds());
        // once per screen: beforeEnter runs again on the same screen after each save of a new event
        form.addSaveListener(save -> save(save.value()));
        form.addCloseListener(close -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        form.kind.addValueChangeListener(change -> showSlots());
        slots.addGenerateListener(generate -> generateSlots(generate.value()));
        slots.addChangeListener(change -> saveSlot(change.value().slot(), change.value().start(),
                change.value().end(), change.value().capacity()));
        slots.addDeleteListener(delete -> deleteSlot(delete.value()));
        sites.addSaveListener(save -> offerAt(save.siteIds()));
        fromHub.setId("event-from-hub");
        fromHub.addClassName("notice");
        add(heading, fromHub, form, slots, sites);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(EVENT_PARAMETER).orElse(NEW);
        eventId = null;
        EventDraft draft = new EventDraft();
        if (!NEW.equals(parameter)) {
            try {
                eventId = Long.parseLong(parameter);
                draft = planning.draftOf(eventId);
            } catch (NumberFormatException | PlanningException e) {
                event.forwardTo(EventsView.class);
                return;
            }
        }
        heading.setText(getTranslation(eventId == null ? "events.new" : "events.edit-heading"));
        form.edit(eventId, draft, planning.events());
        boolean copy = eventId != null && planning.event(eventId).filter(SignupEvent::fromHub).isPresent();
        fromHub.setVisible(copy);
        form.setEnabled(!copy);
        slots.setEnabled(!copy);
        showSlotsOfEvent();
        showSites();
    }

    /** On the hub, a stored event's sites. */
    private void showSites() {
        sites.setVisible(siteChoices != null && eventId != null);
        if (siteChoices != null && eventId != null) {
            sites.show(siteChoices.siteChoices(), shared.sitesOf(eventId));
        }
    }

    void offerAt(Set<String> siteIds) {
        try {
            shared.offerAt(eventId, siteIds, actor);
            notify(getTranslation("events.sites.saved"), false);
        } catch (PlanningException problem) {
            notify(getTranslation(problem.messageKey()), true);
        }
        showSites();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(eventId == null ? "events.new" : "events.edit-heading"));
    }

    void save(EventDraft edited) {
        try {
            long id = planning.save(eventId, edited, actor);
            notify(getTranslation("events.saved"), false);
            if (eventId == null) {
                getUI().ifPresent(ui -> ui.navigate(EventEditorView.class,
                        new RouteParameters(EVENT_PARAMETER, String.valueOf(id))));
            } else {
                showSlotsOfEvent();
            }
        } catch (PlanningException problem) {
            notify(getTranslation(problem.messageKey(), problem.messageArguments(this::getTranslation)), true);
        }
    }

    /** Slots belong to a stored event whose kind has time slots; a trip's seats are in the form. */
    private void showSlots() {
        slots.setVisible(eventId != null && !form.seatsKind());
    }

    private void showSlotsOfEvent() {
        showSlots();
        slots.show(eventId == null ? List.of() : planning.slots(eventId));
    }

    void generateSlots(SlotsEditor.Generation generation) {
        slotAction(() -> {
            int added = planning.generateSlots(eventId, generation.start(), generation.end(), generation.minutes(),
                    generation.capacity(), actor);
            notify(getTranslation("slots.generated", added), false);
        });
    }

    void saveSlot(Slot slot, LocalTime start, LocalTime end, Integer capacity) {
        slotAction(() -> planning.updateSlot(slot.id(), start, end, capacity == null ? 0 : capacity, actor));
    }

    void deleteSlot(Slot slot) {
        slotAction(() -> planning.deleteSlot(slot.id(), actor));
    }

    private void slotAction(Runnable action) {
        try {
            action.run();
        } catch (PlanningException problem) {
            notify(getTranslation(problem.messageKey()), true);
        }
        showSlotsOfEvent();
    }

    private static void notify(String text, boolean problem) {
        Notification note = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        if (problem) {
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Nullable Long eventId() {
        return eventId;
    }
}
