package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * An event as the coordinator edits it (a form's bean). Sign-up opening and closing are local times at the kiosk.
 * Each text written in the kiosk's languages is one {@link LocalizedText}, as the editor's fields hold it.
 */
public class EventDraft {

    private String kindCode = "PHOTO_DAY";
    private LocalizedText title = LocalizedText.EMPTY;
    private String place = "";
    private String address = "";
    private String municipality = "";
    private LocalDate date;
    private LocalizedText description = LocalizedText.EMPTY;
    private LocalizedText bring = LocalizedText.EMPTY;
    private LocalizedText price = LocalizedText.EMPTY;
    private String organiserPhone = "";
    private LocalDateTime signupOpens;
    private LocalDateTime signupCloses;
    private LocalTime departsAt;
    private LocalTime returnsAt;
    private Long linkedEventId;
    private Integer seats;

    /** A draft filled from a stored event, for editing it. */
    public static EventDraft of(SignupEvent event, java.time.ZoneId zone) {
        EventDraft draft = new EventDraft();
        draft.kindCode = event.kind().code();
        draft.title = event.title();
        draft.place = event.place();
        draft.address = event.address();
        draft.municipality = event.municipality();
        draft.date = event.date();
        draft.description = event.description();
        draft.bring = event.bring();
        draft.price = event.price();
        draft.organiserPhone = event.organiserPhone();
        draft.signupOpens = event.signupOpensAt().atZoneSameInstant(zone).toLocalDateTime();
        draft.signupCloses = event.signupClosesAt().atZoneSameInstant(zone).toLocalDateTime();
        draft.departsAt = event.departsAt();
        draft.returnsAt = event.returnsAt();
        draft.linkedEventId = event.linkedEventId();
        return draft;
    }

    /** The same, with the seats of a SEATS event's single departure. */
    public static EventDraft of(SignupEvent event, java.time.ZoneId zone, java.util.List<Slot> slots) {
        EventDraft draft = of(event, zone);
        if (event.kind().unit() == BookingUnit.SEATS && !slots.isEmpty()) {
            draft.seats = slots.getFirst().capacity();
        }
        return draft;
    }

    public String getKindCode() { return kindCode; }
    public void setKindCode(String kindCode) { this.kindCode = kindCode; }
    public LocalizedText getTitle() { return title; }
    public void setTitle(LocalizedText title) { this.title = title; }
    public LocalizedText getDescription() { return description; }
    public void setDescription(LocalizedText description) { this.description = description; }
    public LocalizedText getBring() { return bring; }
    public void setBring(LocalizedText bring) { this.bring = bring; }
    public LocalizedText getPrice() { return price; }
    public void setPrice(LocalizedText price) { this.price = price; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getOrganiserPhone() { return organiserPhone; }
    public void setOrganiserPhone(String organiserPhone) { this.organiserPhone = organiserPhone; }
    public LocalDateTime getSignupOpens() { return signupOpens; }
    public void setSignupOpens(LocalDateTime signupOpens) { this.signupOpens = signupOpens; }
    public LocalDateTime getSignupCloses() { return signupCloses; }
    public void setSignupCloses(LocalDateTime signupCloses) { this.signupCloses = signupCloses; }
    public LocalTime getDepartsAt() { return departsAt; }
    public void setDepartsAt(LocalTime departsAt) { this.departsAt = departsAt; }
    public LocalTime getReturnsAt() { return returnsAt; }
    public void setReturnsAt(LocalTime returnsAt) { this.returnsAt = returnsAt; }
    public Long getLinkedEventId() { return linkedEventId; }
    public void setLinkedEventId(Long linkedEventId) { this.linkedEventId = linkedEventId; }
    /** Seats on a SEATS event (a bus); ignored for events with time slots. */
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
}
