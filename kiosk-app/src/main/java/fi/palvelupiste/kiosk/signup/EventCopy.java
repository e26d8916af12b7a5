package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A hub event as its sites' kiosks receive it, its texts in every language: everything but the places, which are each site's grant
 * (the grants of {@link SlotPools}). Records are named by their public ids only; a node's own row ids never travel.
 *
 * @param linkedEvent the public id of the event whose sign-up offers this one, or null
 */
public record EventCopy(UUID publicId, String siteId, String kind,
                        LocalizedText title, String place, String address, String municipality, LocalDate date,
                        LocalizedText description, LocalizedText bring, LocalizedText price,
                        String organiserPhone, OffsetDateTime signupOpensAt, OffsetDateTime signupClosesAt,
                        @Nullable LocalTime departsAt, @Nullable LocalTime returnsAt, @Nullable UUID linkedEvent,
                        List<SlotCopy> slots) {

    /** A slot's times; its places are the site's grant ({@link SlotPools}). */
    public record SlotCopy(UUID publicId, LocalTime startsAt, LocalTime endsAt) {
    }

    static EventCopy of(SignupEvent event, @Nullable UUID linkedEvent, List<Slot> slots) {
        return new EventCopy(event.publicId(), event.siteId(), event.kind().code(),
                event.title(), event.place(), event.address(), event.municipality(), event.date(),
                event.description(), event.bring(), event.price(),
                event.organiserPhone(), event.signupOpensAt(), event.signupClosesAt(), event.departsAt(),
                event.returnsAt(), linkedEvent,
                slots.stream().map(s -> new SlotCopy(s.publicId(), s.startsAt(), s.endsAt())).toList());
    }

    /** The copy as a draft for this node's tables, with the linked event's row id here. */
    EventDraft draft(java.time.ZoneId zone, @Nullable Long linkedEventId) {
        EventDraft draft = new EventDraft();
        draft.setKindCode(kind);
        draft.setTitle(title);
        draft.setPlace(place);
        draft.setAddress(address);
        draft.setMunicipality(municipality);
        draft.setDate(date);
        draft.setDescription(description);
        draft.setBring(bring);
        draft.setPrice(price);
        draft.setOrganiserPhone(organiserPhone);
        draft.setSignupOpens(signupOpensAt.atZoneSameInstant(zone).toLocalDateTime());
        draft.setSignupCloses(signupClosesAt.atZoneSameInstant(zone).toLocalDateTime());
        draft.setDepartsAt(departsAt);
        draft.setReturnsAt(returnsAt);
        draft.setLinkedEventId(linkedEventId);
        return draft;
    }
}
