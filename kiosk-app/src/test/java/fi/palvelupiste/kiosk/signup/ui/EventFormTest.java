package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.UI;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.signup.BookingUnit;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventKind;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The event editor's form on its own: no Spring, no service, only the events it fires. */
class EventFormTest {

    private static final EventKind PHOTO_DAY = new EventKind("PHOTO_DAY",
            LocalizedText.of(Language.FI, "Passikuvauspäivä"), BookingUnit.SLOTS, true, true, true, null, 1);
    private static final EventKind TRIP = new EventKind("PERMIT_TRIP",
            LocalizedText.of(Language.FI, "Lupapistematka"), BookingUnit.SEATS, false, true, false, "PHOTO_DAY", 2);
    private static final SignupEvent DAY = event(7, PHOTO_DAY);

    private final List<EventDraft> saved = new ArrayList<>();
    private int closed;
    private EventForm form;

    @BeforeEach
    void form() {
        UI.setCurrent(new UI());
        form = new EventForm(List.of(PHOTO_DAY, TRIP));
        form.addSaveListener(save -> saved.add(save.value()));
        form.addCloseListener(close -> closed++);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void save_fires_the_draft_with_every_language_of_each_text() {
        form.edit(null, new EventDraft(), List.of(DAY));
        fillPhotoDay();
        form.title.field(Language.SV).setValue("Passfoton i Tervo");
        form.description.field(Language.EN).setValue("Bring your ID card.");
        form.title.field(Language.UK).setValue("Фото на паспорт у Tervo");

        form.save.click();

        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.getKindCode()).isEqualTo("PHOTO_DAY");
            assertThat(draft.getTitle().in(Language.FI)).isEqualTo("Passikuvat Tervossa");
            assertThat(draft.getTitle().in(Language.SV)).isEqualTo("Passfoton i Tervo");
            assertThat(draft.getTitle().in(Language.EN)).isEmpty();
            assertThat(draft.getTitle().in(Language.UK)).isEqualTo("Фото на паспорт у Tervo");
            assertThat(draft.getDescription().in(Language.EN)).isEqualTo("Bring your ID card.");
            assertThat(draft.getPlace()).isEqualTo("Kylätalo");
        });
    }

    @Test
    void nothing_is_fired_while_the_binder_finds_something_to_fix_and_the_field_says_what() {
        form.edit(null, new EventDraft(), List.of(DAY));
        fillPhotoDay();
        form.title.field(Language.FI).setValue(" ");

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_trip_needs_its_times_and_seats_and_a_photo_day_does_not() {
        form.edit(null, new EventDraft(), List.of(DAY));
        fillPhotoDay();
        form.kind.setValue(TRIP);
        assertThat(form.seats.isVisible()).isTrue();
        assertThat(form.linked.isVisible()).isTrue();

        form.save.click();
        assertThat(saved).isEmpty();
        assertThat(form.seats.isInvalid()).isTrue();

        form.departs.setValue(LocalTime.of(8, 30));
        form.returns.setValue(LocalTime.of(15, 0));
        form.seats.setValue(40);
        form.linked.setValue(DAY);
        form.save.click();
        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.getSeats()).isEqualTo(40);
            assertThat(draft.getLinkedEventId()).isEqualTo(DAY.id());
        });
    }

    @Test
    void a_stored_trip_shows_the_photo_day_it_is_offered_with() {
        EventDraft trip = new EventDraft();
        trip.setKindCode("PERMIT_TRIP");
        trip.setTitle(new LocalizedText(Map.of(Language.FI, "Bussi", Language.SV, "Buss", Language.EN, "Bus")));
        trip.setLinkedEventId(DAY.id());

        form.edit(42L, trip, List.of(DAY, event(42, TRIP)));

        assertThat(form.kind.getValue()).isEqualTo(TRIP);
        assertThat(form.linked.getValue()).isEqualTo(DAY);
        assertThat(form.linked.getListDataView().getItems()).as("not the trip itself").containsExactly(DAY);
        assertThat(form.title.field(Language.SV).getValue()).isEqualTo("Buss");
    }

    @Test
    void back_fires_close() {
        form.back.click();

        assertThat(closed).isEqualTo(1);
        assertThat(saved).isEmpty();
    }

    private void fillPhotoDay() {
        form.kind.setValue(PHOTO_DAY);
        form.title.field(Language.FI).setValue("Passikuvat Tervossa");
        form.place.setValue("Kylätalo");
        form.date.setValue(LocalDate.of(2027, 3, 1));
        form.opens.setValue(LocalDateTime.of(2027, 1, 1, 9, 0));
        form.closes.setValue(LocalDateTime.of(2027, 2, 20, 16, 0));
    }

    private static SignupEvent event(long id, EventKind kind) {
        OffsetDateTime at = OffsetDateTime.parse("2027-01-01T09:00:00+02:00");
        return new SignupEvent(id, UUID.randomUUID(), "local", kind,
                LocalizedText.of(Language.FI, "Tapahtuma " + id), "Kylätalo", "", "Tervo", LocalDate.of(2027, 3, 1),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, "", at, at.plusDays(50), null,
                null, null, null, at, at, false);
    }
}
