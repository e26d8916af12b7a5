package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * An event as the coordinator edits it (a form's bean). Sign-up opening and closing are local times at the kiosk.
 * Each text in three languages is also there as one {@link LocalizedText}, as the editor's fields hold it.
 */
public class EventDraft {

    private String kindCode = "PHOTO_DAY";
    private String titleFi = "";
    private String titleSv = "";
    private String titleEn = "";
    private String place = "";
    private String address = "";
    private String municipality = "";
    private LocalDate date;
    private String descriptionFi = "";
    private String descriptionSv = "";
    private String descriptionEn = "";
    private String bringFi = "";
    private String bringSv = "";
    private String bringEn = "";
    private String priceFi = "";
    private String priceSv = "";
    private String priceEn = "";
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
        draft.titleFi = event.titleFi();
        draft.titleSv = event.titleSv();
        draft.titleEn = event.titleEn();
        draft.place = event.place();
        draft.address = event.address();
        draft.municipality = event.municipality();
        draft.date = event.date();
        draft.descriptionFi = event.descriptionFi();
        draft.descriptionSv = event.descriptionSv();
        draft.descriptionEn = event.descriptionEn();
        draft.bringFi = event.bringFi();
        draft.bringSv = event.bringSv();
        draft.bringEn = event.bringEn();
        draft.priceFi = event.priceFi();
        draft.priceSv = event.priceSv();
        draft.priceEn = event.priceEn();
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
    public String getTitleFi() { return titleFi; }
    public void setTitleFi(String titleFi) { this.titleFi = titleFi; }
    public String getTitleSv() { return titleSv; }
    public void setTitleSv(String titleSv) { this.titleSv = titleSv; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public LocalizedText getTitle() { return LocalizedText.of(titleFi, titleSv, titleEn); }
    public void setTitle(LocalizedText title) {
        titleFi = title.in(Language.FI);
        titleSv = title.in(Language.SV);
        titleEn = title.in(Language.EN);
    }
    public LocalizedText getDescription() { return LocalizedText.of(descriptionFi, descriptionSv, descriptionEn); }
    public void setDescription(LocalizedText description) {
        descriptionFi = description.in(Language.FI);
        descriptionSv = description.in(Language.SV);
        descriptionEn = description.in(Language.EN);
    }
    public LocalizedText getBring() { return LocalizedText.of(bringFi, bringSv, bringEn); }
    public void setBring(LocalizedText bring) {
        bringFi = bring.in(Language.FI);
        bringSv = bring.in(Language.SV);
        bringEn = bring.in(Language.EN);
    }
    public LocalizedText getPrice() { return LocalizedText.of(priceFi, priceSv, priceEn); }
    public void setPrice(LocalizedText price) {
        priceFi = price.in(Language.FI);
        priceSv = price.in(Language.SV);
        priceEn = price.in(Language.EN);
    }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDescriptionFi() { return descriptionFi; }
    public void setDescriptionFi(String descriptionFi) { this.descriptionFi = descriptionFi; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String descriptionSv) { this.descriptionSv = descriptionSv; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getBringFi() { return bringFi; }
    public void setBringFi(String bringFi) { this.bringFi = bringFi; }
    public String getBringSv() { return bringSv; }
    public void setBringSv(String bringSv) { this.bringSv = bringSv; }
    public String getBringEn() { return bringEn; }
    public void setBringEn(String bringEn) { this.bringEn = bringEn; }
    public String getPriceFi() { return priceFi; }
    public void setPriceFi(String priceFi) { this.priceFi = priceFi; }
    public String getPriceSv() { return priceSv; }
    public void setPriceSv(String priceSv) { this.priceSv = priceSv; }
    public String getPriceEn() { return priceEn; }
    public void setPriceEn(String priceEn) { this.priceEn = priceEn; }
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
