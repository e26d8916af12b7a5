package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.DayShift;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.forms.FormLibrary;
import fi.palvelupiste.kiosk.forms.FormSummary;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.jspecify.annotations.Nullable;
import fi.palvelupiste.kiosk.ride.SharedRideChanged;
import fi.palvelupiste.kiosk.signup.SharedEventChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The coordinator's campaigns: create and edit a round, gather its events, rides and forms, copy it for the next
 * round (drafts with new dates) and publish that round to residents. Audited like the events it copies.
 */
@Service
public class Campaigns {

    private final CampaignRepository campaigns;
    private final EventPlanning events;
    private final RidePlanning rides;
    private final FormLibrary forms;
    private final AuditLog audit;
    private final SiteIdentity site;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, EventPlanning events, RidePlanning rides, FormLibrary forms,
              AuditLog audit, SiteIdentity site, ApplicationEventPublisher published, Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
        this.rides = rides;
        this.forms = forms;
        this.audit = audit;
        this.site = site;
        this.published = published;
        this.clock = clock;
    }

    /** Every round, the newest first. */
    public List<Campaign> campaigns() {
        return campaigns.all();
    }

    public Optional<Campaign> campaign(long campaignId) {
        return campaigns.find(campaignId);
    }

    /**
     * Saves a new campaign (campaignId null) or changes one. The draft's texts are cleaned in place first.
     *
     * @return the campaign's id
     * @throws CampaignRefusedException with what to fix
     */
    @Transactional
    public long save(@Nullable Long campaignId, CampaignDraft draft, Actor actor) {
        check(draft);
        OffsetDateTime now = now();
        if (campaignId == null) {
            long id = campaigns.insert(site.siteId(), draft, null, now);
            audit.record(actor, "created campaign " + id);
            return id;
        }
        campaigns.find(campaignId).orElseThrow(() -> new CampaignRefusedException("campaign.error.not-found"));
        campaigns.update(campaignId, draft, now);
        audit.record(actor, "changed campaign " + campaignId);
        return campaignId;
    }

    /** The campaign's events and rides by date, then its forms. */
    public List<CampaignPart> parts(long campaignId) {
        List<CampaignPart> parts = new ArrayList<>();
        campaigns.events(campaignId).forEach((id, draft) -> events.event(id).ifPresent(event -> parts.add(
                new CampaignPart(CampaignPart.Kind.EVENT, String.valueOf(id), event.title().in(Language.FI),
                        event.date(), draft))));
        campaigns.rides(campaignId).forEach((id, draft) -> rides.ride(id).ifPresent(ride -> parts.add(
                new CampaignPart(CampaignPart.Kind.RIDE, String.valueOf(id), ride.name().in(Language.FI),
                        ride.date(), draft))));
        parts.sort((a, b) -> a.date() == null || b.date() == null ? 0 : a.date().compareTo(b.date()));
        List<UUID> formIds = campaigns.forms(campaignId);
        forms.summaries().stream().filter(form -> formIds.contains(form.publicId())).forEach(form -> parts.add(
                new CampaignPart(CampaignPart.Kind.FORM, form.publicId().toString(), form.title(), null, false)));
        return parts;
    }

    /** Events in no campaign yet, whose personal data is kept, to add to one. */
    public List<SignupEvent> eventsToAdd() {
        return campaigns.eventsInNoCampaign().stream().flatMap(id -> events.event(id).stream()).toList();
    }

    public List<Ride> ridesToAdd() {
        return campaigns.ridesInNoCampaign().stream().flatMap(id -> rides.ride(id).stream()).toList();
    }

    public List<FormSummary> formsToAdd() {
        List<UUID> free = campaigns.formsInNoCampaign();
        return forms.summaries().stream().filter(form -> free.contains(form.publicId())).toList();
    }

    @Transactional
    public void addEvent(long campaignId, long eventId, Actor actor) {
        add(campaignId, () -> campaigns.addEvent(campaignId, eventId, false), "event " + eventId, actor);
    }

    @Transactional
    public void addRide(long campaignId, long rideId, Actor actor) {
        add(campaignId, () -> campaigns.addRide(campaignId, rideId, false), "ride " + rideId, actor);
    }

    @Transactional
    public void addForm(long campaignId, UUID formId, Actor actor) {
        add(campaignId, () -> campaigns.moveForm(null, campaignId, formId), "form " + formId, actor);
    }

    /** An event, ride or form is in one campaign at most: one already in a campaign is refused. */
    private void add(long campaignId, BooleanSupplier added, String what, Actor actor) {
        existing(campaignId);
        if (!added.getAsBoolean()) {
            throw new CampaignRefusedException("campaign.error.taken");
        }
        audit.record(actor, "added " + what + " to campaign " + campaignId);
    }

    /**
     * Copies a round for the next one, starting on {@code firstDate}: the campaign, and every event (with its slots
     * or seats) and ride (with its stops) moved by the same number of days, each linked to the copy of what it was
     * linked to. The copies are drafts: residents are not offered them until {@link #publish}. Forms are not dated:
     * they move on to the new round (the same forms are printed), so the old round keeps none.
     *
     * @return the new round's id
     */
    @Transactional
    public long copyForNextRound(long campaignId, @Nullable LocalDate firstDate, Actor actor) {
        Campaign old = existing(campaignId);
        if (firstDate == null) {
            throw new CampaignRefusedException("campaign.error.next-date");
        }
        DayShift shift = DayShift.between(old.firstDate(), firstDate);
        CampaignDraft next = CampaignDraft.of(old);
        next.setFirstDate(shift.date(old.firstDate()));
        next.setLastDate(shift.date(old.lastDate()));
        long copy = campaigns.insert(site.siteId(), next, old.id(), now());
        Map<Long, Long> copies = new HashMap<>();
        List<Long> round = List.copyOf(campaigns.events(campaignId).keySet());
        List<SignupEvent> left = round.stream().flatMap(id -> events.event(id).stream()).toList();
        // an event linked to another of the round (the bus of a photo day) is copied after it, to link to its copy
        while (!left.isEmpty()) {
            List<SignupEvent> waiting = new ArrayList<>();
            for (SignupEvent event : left) {
                Long linked = event.linkedEventId();
                if (linked != null && round.contains(linked) && !copies.containsKey(linked)) {
                    waiting.add(event);
                } else {
                    long id = events.copy(event.id(), shift, linked == null ? null : copies.get(linked), actor);
                    campaigns.addEvent(copy, id, true);
                    copies.put(event.id(), id);
                }
            }
            if (waiting.size() == left.size()) {
                throw new IllegalStateException("events linked in a circle in campaign " + campaignId);
            }
            left = waiting;
        }
        for (long rideId : campaigns.rides(campaignId).keySet()) {
            Ride ride = rides.ride(rideId).orElseThrow();
            // a ride whose event is not in the round runs on its own, on the shifted day
            Long event = ride.eventId() == null ? null : copies.get(ride.eventId());
            campaigns.addRide(copy, rides.copy(rideId, shift, event, actor), true);
        }
        for (UUID form : campaigns.forms(campaignId)) {
            campaigns.moveForm(campaignId, copy, form);
        }
        audit.record(actor, "copied campaign " + campaignId + " as campaign " + copy + ", " + shift.days() + " days later");
        return copy;
    }

    /**
     * Offers the round's drafts to residents (each then opens for sign-up by its own times).
     *
     * @return how many events and rides were drafts
     */
    @Transactional
    public int publish(long campaignId, Actor actor) {
        existing(campaignId);
        List<Long> draftEvents = drafts(campaigns.events(campaignId));
        List<Long> draftRides = drafts(campaigns.rides(campaignId));
        int count = campaigns.publish(campaignId, now());
        // on the hub the change log hands them down to the sites chosen for them; on a kiosk nobody listens
        draftEvents.forEach(id -> events.event(id).ifPresent(e -> published.publishEvent(new SharedEventChanged(e.publicId()))));
        draftRides.forEach(id -> rides.ride(id).ifPresent(r -> published.publishEvent(new SharedRideChanged(r.publicId()))));
        audit.record(actor, "published " + count + " drafts of campaign " + campaignId);
        return count;
    }

    /** The municipality's residents, entered once for the funders' report (its share of residents reached). */
    public Optional<Integer> population(String municipality) {
        return campaigns.population(municipality.strip());
    }

    @Transactional
    public void savePopulation(String municipality, @Nullable Integer residents, Actor actor) {
        String name = TypedText.require(municipality, "campaign.municipality", 60, false, CampaignRefusedException::new);
        if (name.isEmpty() || residents == null || residents < 1) {
            throw new CampaignRefusedException("campaign.error.population");
        }
        campaigns.savePopulation(name, residents, now());
        audit.record(actor, "set the population of " + name + " to " + residents);
    }

    private static List<Long> drafts(Map<Long, Boolean> parts) {
        return parts.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private Campaign existing(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new CampaignRefusedException("campaign.error.not-found"));
    }

    private static void check(CampaignDraft draft) {
        draft.setName(TypedText.require(draft.getName(), "campaign.name", 120, false, CampaignRefusedException::new));
        draft.setMunicipality(TypedText.require(draft.getMunicipality(), "campaign.municipality", 60, false,
                CampaignRefusedException::new));
        draft.setPartners(TypedText.require(draft.getPartners(), "campaign.partners", 1000, true,
                CampaignRefusedException::new));
        if (draft.getName().isEmpty()) {
            throw new CampaignRefusedException("campaign.error.name");
        }
        if (draft.getFirstDate() == null || draft.getLastDate() == null
                || draft.getLastDate().isBefore(draft.getFirstDate())) {
            throw new CampaignRefusedException("campaign.error.dates");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
