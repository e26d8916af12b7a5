package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A hub event as its sites' kiosks receive it: everything but the places, which are each site's grant
 * (the grants of {@link SlotPools}). Records are named by their public ids only; a node's own row ids never travel.
 *
 * @param linkedEvent the public id of the event whose sign-up offers this one, or null
 */
public record EventCopy(UUID publicId, String siteId, String kind,
                        String titleFi, String titleSv, String titleEn,
                        String place, String address, String municipality, LocalDate date,
                        String descriptionFi, String descriptionSv, String descriptionEn,
                        String bringFi, String bringSv, String bringEn,
                        String priceFi, String priceSv, String priceEn,
                        String organiserPhone, OffsetDateTime signupOpensAt, OffsetDateTime signupClosesAt,
                        @Nullable LocalTime departsAt, @Nullable LocalTime returnsAt, @Nullable UUID linkedEvent,
                        List<SlotCopy> slots) {

    /** A slot's times; its places are the site's grant ({@link SlotPools}). */
    public record SlotCopy(UUID publicId, LocalTime startsAt, LocalTime endsAt) {
    }

    static EventCopy of(SignupEvent event, @Nullable UUID linkedEvent, List<Slot> slots) {
        return new EventCopy(event.publicId(), event.siteId(), event.kind().code(),
                event.titleFi(), event.titleSv(), event.titleEn(), event.place(), event.address(), event.municipality(),
                event.date(), event.descriptionFi(), event.descriptionSv(), event.descriptionEn(),
                event.bringFi(), event.bringSv(), event.bringEn(), event.priceFi(), event.priceSv(), event.priceEn(),
                event.organiserPhone(), event.signupOpensAt(), event.signupClosesAt(), event.departsAt(),
                event.returnsAt(), linkedEvent,
                slots.stream().map(s -> new SlotCopy(s.publicId(), s.startsAt(), s.endsAt())).toList());
    }

    /** The copy as a draft for this node's tables, with the linked event's row id here. */
    EventDraft draft(java.time.ZoneId zone, @Nullable Long linkedEventId) {
        EventDraft draft = new EventDraft();
        draft.setKindCode(kind);
        draft.setTitleFi(titleFi);
        draft.setTitleSv(titleSv);
        draft.setTitleEn(titleEn);
        draft.setPlace(place);
        draft.setAddress(address);
        draft.setMunicipality(municipality);
        draft.setDate(date);
        draft.setDescriptionFi(descriptionFi);
        draft.setDescriptionSv(descriptionSv);
        draft.setDescriptionEn(descriptionEn);
        draft.setBringFi(bringFi);
        draft.setBringSv(bringSv);
        draft.setBringEn(bringEn);
        draft.setPriceFi(priceFi);
        draft.setPriceSv(priceSv);
        draft.setPriceEn(priceEn);
        draft.setOrganiserPhone(organiserPhone);
        draft.setSignupOpens(signupOpensAt.atZoneSameInstant(zone).toLocalDateTime());
        draft.setSignupCloses(signupClosesAt.atZoneSameInstant(zone).toLocalDateTime());
        draft.setDepartsAt(departsAt);
        draft.setReturnsAt(returnsAt);
        draft.setLinkedEventId(linkedEventId);
        return draft;
    }
}
