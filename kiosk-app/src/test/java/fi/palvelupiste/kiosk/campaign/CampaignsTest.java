package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.forms.FormContent;
import fi.palvelupiste.kiosk.forms.FormLibrary;
import fi.palvelupiste.kiosk.forms.FormText;
import fi.palvelupiste.kiosk.forms.FormTexts;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.ride.RideBookings;
import fi.palvelupiste.kiosk.ride.RidePlanning;
import fi.palvelupiste.kiosk.ride.RideStop;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fi.palvelupiste.kiosk.campaign.CampaignFixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coordinator copies last year's campaign for the next round and publishes it when its dates are checked. */
@KioskTest
class CampaignsTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    EventPlanning events;
    @Autowired
    RidePlanning rides;
    @Autowired
    RideBookings rideBookings;
    @Autowired
    SignupBooking signups;
    @Autowired
    FormLibrary forms;
    @Autowired
    Clock clock;

    @Test
    void the_next_round_moves_every_date_by_the_same_days_and_keeps_slots_stops_and_links() {
        CampaignFixtures.Round last = CampaignFixtures.round(campaigns, events, rides, signups, clock, "Henkkarit 2026");

        long next = campaigns.copyForNextRound(last.campaign(), last.firstDate().plusDays(364), COORDINATOR);

        Campaign old = campaigns.campaign(last.campaign()).orElseThrow();
        Campaign copy = campaigns.campaign(next).orElseThrow();
        assertThat(copy.name()).isEqualTo(old.name());
        assertThat(copy.partners()).isEqualTo(old.partners());
        assertThat(copy.copiedFrom()).isEqualTo(old.id());
        assertThat(copy.firstDate()).isEqualTo(old.firstDate().plusDays(364));
        assertThat(copy.lastDate()).isEqualTo(old.lastDate().plusDays(364));
        List<CampaignPart> parts = campaigns.parts(next);
        assertThat(parts).extracting(CampaignPart::kind)
                .containsExactly(CampaignPart.Kind.EVENT, CampaignPart.Kind.EVENT, CampaignPart.Kind.RIDE);
        assertThat(parts).as("nothing of the copy is published").allMatch(CampaignPart::draft);
        assertThat(campaigns.parts(last.campaign())).as("last year's round is left as it was")
                .noneMatch(CampaignPart::draft).hasSize(3);

        SignupEvent photoDay = event(parts.get(0));
        SignupEvent oldPhotoDay = events.event(last.photoDay()).orElseThrow();
        assertThat(photoDay.date()).isEqualTo(oldPhotoDay.date().plusDays(364));
        assertThat(Duration.between(oldPhotoDay.signupOpensAt(), photoDay.signupOpensAt())).isEqualTo(Duration.ofDays(364));
        assertThat(Duration.between(oldPhotoDay.signupClosesAt(), photoDay.signupClosesAt())).isEqualTo(Duration.ofDays(364));
        assertThat(photoDay.title()).isEqualTo(oldPhotoDay.title());
        assertThat(events.slots(photoDay.id())).extracting(Slot::startsAt, Slot::endsAt, Slot::capacity, Slot::booked)
                .containsExactlyElementsOf(events.slots(last.photoDay()).stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.startsAt(), s.endsAt(), s.capacity(), 0)).toList());

        SignupEvent trip = event(parts.get(1));
        assertThat(trip.date()).isEqualTo(events.event(last.trip()).orElseThrow().date().plusDays(364));
        assertThat(trip.linkedEventId()).as("the bus is offered with the new photo day").isEqualTo(photoDay.id());
        assertThat(events.slots(trip.id())).singleElement().extracting(Slot::capacity).isEqualTo(40);

        Ride bus = rides.ride(Long.parseLong(parts.get(2).key())).orElseThrow();
        assertThat(bus.eventId()).isEqualTo(trip.id());
        assertThat(bus.date()).isEqualTo(trip.date());
        assertThat(bus.seats()).isEqualTo(40);
        assertThat(bus.wheelchairPlaces()).isEqualTo(2);
        assertThat(bus.seatsBooked()).isZero();
        assertThat(rides.stops(bus.id())).extracting(RideStop::village, RideStop::pickupAt)
                .containsExactlyElementsOf(rides.stops(last.bus()).stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.village(), s.pickupAt())).toList());
    }

    @Test
    void a_copied_round_is_offered_to_residents_only_once_it_is_published() {
        CampaignFixtures.Round last = CampaignFixtures.round(campaigns, events, rides, signups, clock, "Henkkarit, syksy");
        // a week earlier: the copies' sign-up is open now by their times, so only the draft keeps them away
        long next = campaigns.copyForNextRound(last.campaign(), last.firstDate().minusDays(7), COORDINATOR);
        List<Long> copies = campaigns.parts(next).stream().filter(p -> p.kind() == CampaignPart.Kind.EVENT)
                .map(p -> Long.parseLong(p.key())).toList();
        assertThat(copies).allSatisfy(id -> assertThat(events.event(id).orElseThrow().openAt(clock.instant())).isTrue());

        assertThat(signups.openEvents()).extracting(SignupEvent::id).doesNotContainAnyElementsOf(copies)
                .contains(last.photoDay(), last.trip());
        assertThat(signups.linkedOffers(copies.get(0))).isEmpty();

        assertThat(campaigns.publish(next, COORDINATOR)).isEqualTo(3);

        assertThat(signups.openEvents()).extracting(SignupEvent::id).containsAll(copies);
        assertThat(signups.linkedOffers(copies.get(0))).extracting(SignupEvent::id).containsExactly(copies.get(1));
        assertThat(campaigns.parts(next)).noneMatch(CampaignPart::draft);
        assertThat(campaigns.publish(next, COORDINATOR)).as("published once").isZero();
    }

    @Test
    void a_ride_on_its_own_in_a_draft_round_is_not_bookable_until_published() {
        CampaignFixtures.Round last = CampaignFixtures.round(campaigns, events, rides, signups, clock, "Asiointikyydit");
        long standalone = rides.save(null, new fi.palvelupiste.kiosk.ride.RideDraft(null,
                last.firstDate().plusDays(3), fi.palvelupiste.kiosk.i18n.LocalizedText.of(Language.FI, "Asiointikyyti"),
                "Tervo", fi.palvelupiste.kiosk.ride.Vehicle.SERVICE_MINIBUS, 8, 1, null, "Kunta", "044 1"), COORDINATOR);
        rides.addStop(standalone, "Kuuslahti", "", java.time.LocalTime.of(9, 0), COORDINATOR);
        campaigns.addRide(last.campaign(), standalone, COORDINATOR);

        long next = campaigns.copyForNextRound(last.campaign(), last.firstDate().plusDays(14), COORDINATOR);

        Ride copy = campaigns.parts(next).stream().filter(p -> p.kind() == CampaignPart.Kind.RIDE)
                .map(p -> rides.ride(Long.parseLong(p.key())).orElseThrow()).filter(Ride::standalone)
                .findFirst().orElseThrow();
        assertThat(copy.date()).isEqualTo(last.firstDate().plusDays(17));
        assertThat(rideBookings.bookableStandalone()).extracting(Ride::id).doesNotContain(copy.id()).contains(standalone);
        campaigns.publish(next, COORDINATOR);
        assertThat(rideBookings.bookableStandalone()).extracting(Ride::id).contains(copy.id());
    }

    @Test
    void forms_are_not_dated_and_move_on_to_the_next_round() {
        CampaignFixtures.Round last = CampaignFixtures.round(campaigns, events, rides, signups, clock, "Lomakkeet mukaan");
        UUID form = forms.create(FormContent.of(FormTexts.EMPTY.with(Language.FI,
                new FormText("Valtakirja " + last.campaign(), "Kortin noutaminen", "# VALTAKIRJA"))), COORDINATOR);
        campaigns.addForm(last.campaign(), form, COORDINATOR);
        assertThat(campaigns.formsToAdd()).extracting(f -> f.publicId()).doesNotContain(form);

        long next = campaigns.copyForNextRound(last.campaign(), last.firstDate().plusDays(700), COORDINATOR);

        assertThat(campaigns.parts(next)).filteredOn(p -> p.kind() == CampaignPart.Kind.FORM)
                .extracting(CampaignPart::key).containsExactly(form.toString());
        assertThat(campaigns.parts(last.campaign())).noneMatch(p -> p.kind() == CampaignPart.Kind.FORM);
    }

    @Test
    void an_event_belongs_to_one_campaign_and_a_round_ends_after_it_begins() {
        CampaignFixtures.Round round = CampaignFixtures.round(campaigns, events, rides, signups, clock, "Yksi kerrallaan");
        CampaignDraft other = CampaignDraft.of(campaigns.campaign(round.campaign()).orElseThrow());
        long second = campaigns.save(null, other, COORDINATOR);

        assertThatThrownBy(() -> campaigns.addEvent(second, round.photoDay(), COORDINATOR))
                .isInstanceOfSatisfying(CampaignRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.error.taken"));
        assertThat(campaigns.eventsToAdd()).extracting(SignupEvent::id).doesNotContain(round.photoDay(), round.trip());

        other.setLastDate(other.getFirstDate().minusDays(1));
        assertThatThrownBy(() -> campaigns.save(second, other, COORDINATOR))
                .isInstanceOfSatisfying(CampaignRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.error.dates"));
        assertThatThrownBy(() -> campaigns.copyForNextRound(second, null, COORDINATOR))
                .isInstanceOfSatisfying(CampaignRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.error.next-date"));
    }

    @Test
    void the_municipality_s_residents_are_entered_once_and_can_be_corrected() {
        campaigns.savePopulation("Tervo ", 1_500, COORDINATOR);
        campaigns.savePopulation("Tervo", 1_480, COORDINATOR);

        assertThat(campaigns.population(" Tervo")).contains(1_480);
        assertThatThrownBy(() -> campaigns.savePopulation("Tervo", 0, COORDINATOR))
                .isInstanceOf(CampaignRefusedException.class);
    }

    private SignupEvent event(CampaignPart part) {
        assertThat(part.kind()).isEqualTo(CampaignPart.Kind.EVENT);
        return events.event(Long.parseLong(part.key())).orElseThrow();
    }
}
