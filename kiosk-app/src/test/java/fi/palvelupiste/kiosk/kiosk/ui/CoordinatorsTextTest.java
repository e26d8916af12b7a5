package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a coordinator wrote, as a resident in another language reads it on the kiosk, without a browser. */
@KioskTest
class CoordinatorsTextTest extends SpringBrowserlessTest {

    @Autowired
    EventPlanning planning;
    @Autowired
    Clock clock;

    @Test
    void a_ukrainian_resident_reads_the_ukrainian_title_and_a_missing_one_in_english_then_finnish_told_once() {
        long ukrainian = photoDayTitled(Map.of(Language.FI, "Passikuvat", Language.EN, "Passport photos",
                Language.UK, "Фото на паспорт"));
        long english = photoDayTitled(Map.of(Language.FI, "Kuvauspäivä", Language.EN, "Photo day in English"));
        long finnish = photoDayTitled(Map.of(Language.FI, "Vain suomeksi kirjoitettu kuvauspäivä"));
        navigate(StartView.class);
        test($(Button.class).id("language-more")).click();
        test($(Button.class).id("languages-uk")).click();
        assertThat(fallbackNotes()).as("the start screen's seed services are written in Ukrainian").isEmpty();

        test($(Button.class).id("start-choice-signup")).click();

        assertThat(choice(ukrainian)).contains("Фото на паспорт").doesNotContain("Passport photos");
        assertThat(choice(english)).contains("Photo day in English");
        assertThat(choice(finnish)).contains("Vain suomeksi kirjoitettu kuvauspäivä");
        assertThat(fallbackNotes()).singleElement().satisfies(note -> assertThat(note.getElement()
                .getProperty("text")).isEqualTo(UI.getCurrent().getTranslation("languages.fallback-note")));
        assertThat(CoordinatorsText.noteShown(UI.getCurrent())).isTrue();

        navigate(StartView.class);
        test($(Button.class).id("start-choice-signup")).click();
        assertThat(fallbackNotes()).as("once a visit").hasSize(1);

        ResidentVisit.end(UI.getCurrent(), List.of());
        assertThat(CoordinatorsText.noteShown(UI.getCurrent())).as("the next resident is told again").isFalse();
    }

    @Test
    void a_resident_whose_language_has_every_text_is_told_nothing() {
        navigate(StartView.class);
        test($(Button.class).id("language-sv")).click();

        assertThat(CoordinatorsText.shown(LocalizedText.of(Language.FI, "Kyyti").with(Language.SV, "Skjuts"),
                UI.getCurrent().getLocale())).isEqualTo("Skjuts");
        assertThat(fallbackNotes()).isEmpty();
        assertThat(CoordinatorsText.shown(LocalizedText.of(Language.FI, "Kyyti"), UI.getCurrent().getLocale()))
                .isEqualTo("Kyyti");
        assertThat(fallbackNotes()).hasSize(1);
    }

    private long photoDayTitled(Map<Language, String> titles) {
        long id = SignupFixtures.photoDay(planning, clock, 1, 2);
        EventDraft draft = planning.draftOf(id);
        draft.setTitle(new LocalizedText(titles));
        planning.save(id, draft, Actor.staff(SignupFixtures.COORDINATOR));
        return id;
    }

    private String choice(long eventId) {
        return fi.palvelupiste.kiosk.i18n.Hyphenation.plain(
                $(Button.class).id("signup-event-" + eventId).getElement().getTextRecursively());
    }

    private List<Notification> fallbackNotes() {
        return $(Notification.class).all().stream()
                .filter(note -> note.getId().filter("fallback-note"::equals).isPresent()).toList();
    }
}
