package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@KioskTest
class StartViewTest extends SpringBrowserlessTest {

    @Test
    void the_start_screen_greets_in_finnish_and_offers_each_open_service_as_a_big_button() {
        navigate(StartView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Tervetuloa!");
        Button digituki = $(Button.class).id("start-choice-queue-A");
        Button library = $(Button.class).id("start-choice-queue-B");
        assertThat(Hyphenation.plain(digituki.getElement().getTextRecursively())).contains("Digituki", "verkkoasioinnin");
        assertThat(digituki.getElement().getTextRecursively())
                .as("a long word may break at its syllables only").contains("verk\u00ADko\u00ADasioin\u00ADnin");
        assertThat(Hyphenation.plain(library.getElement().getTextRecursively())).contains("Kirjaston asiakaspalvelu");
        assertThat(digituki.getClassNames()).contains("kiosk-button");
    }

    @Test
    void the_language_buttons_switch_every_text_on_the_screen() {
        navigate(StartView.class);

        test($(Button.class).id("language-sv")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Välkommen!");
        assertThat($(Button.class).id("start-choice-queue-A").getElement().getTextRecursively()).contains("Digistöd");
        assertThat($(Button.class).id("language-sv").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat($(Button.class).id("language-fi").getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test($(Button.class).id("language-en")).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Welcome!");
        assertThat($(Button.class).id("start-choice-queue-B").getElement().getTextRecursively())
                .contains("Library customer service");
    }

    @Test
    void every_other_language_is_one_touch_away_and_arabic_runs_right_to_left() {
        navigate(StartView.class);
        assertThat(headerButton(Language.UK).isVisible()).as("three languages in the header").isFalse();
        assertThat($(Button.class).id("language-more").getElement().getTextRecursively())
                .isEqualTo("Kieli · Språk · Language");

        test($(Button.class).id("language-more")).click();
        Dialog chooser = $(Dialog.class).id("language-chooser");
        assertThat(chooser.isOpened()).isTrue();
        assertThat($(Button.class).from(chooser).all()).extracting(Button::getText).containsExactly("Suomi", "Svenska",
                "English", "Українська", "Русский", "العربية", "Soomaali", "Eesti", "Sulje");
        test($(Button.class).id("languages-uk")).click();

        assertThat(chooser.isOpened()).isFalse();
        assertThat($(H1.class).single().getText()).isNotEqualTo("Tervetuloa!").isNotEqualTo("Welcome!");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("uk");
        assertThat(headerButton(Language.UK).isVisible()).as("the chosen one shows while in use").isTrue();
        assertThat($(Button.class).id("language-uk").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat($(Button.class).id("start-choice-queue-A").getElement().getTextRecursively())
                .as("the seed service's Ukrainian name").contains("Цифрова допомога");
        assertThat(direction()).isEqualTo("ltr");

        test($(Button.class).id("language-more")).click();
        test($(Button.class).id("languages-ar")).click();
        assertThat(direction()).isEqualTo("rtl");
        assertThat(headerButton(Language.UK).isVisible()).isFalse();

        test($(Button.class).id("language-fi")).click();
        assertThat(direction()).isEqualTo("ltr");
        assertThat($(H1.class).single().getText()).isEqualTo("Tervetuloa!");
    }

    private com.vaadin.flow.component.Component headerButton(Language language) {
        return $(KioskLayout.class).single().languageButton(language);
    }

    private String direction() {
        return $(KioskLayout.class).single().getElement().getAttribute("dir");
    }

    @Test
    void an_idle_screen_warns_with_a_countdown_and_then_returns_to_the_start_in_finnish() {
        navigate(StartView.class);
        test($(Button.class).id("language-en")).click();
        IdleGuard guard = $(IdleGuard.class).single();

        assertThat(guard.quietTooLong()).isTrue();

        Dialog warning = $(Dialog.class).single();
        assertThat(warning.isOpened()).isTrue();
        assertThat(warning.getElement().getTextRecursively()).contains("Are you still there?", "15 seconds");
        for (int second = 0; second < 14; second++) {
            guard.countdown();
        }
        assertThat(warning.getElement().getTextRecursively()).contains("one second");
        guard.countdown();

        assertThat(guard.warningOpen()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
        assertThat(Language.of(UI.getCurrent().getLocale())).isEqualTo(Language.FI);
        assertThat($(H1.class).single().getText()).isEqualTo("Tervetuloa!");
    }

    @Test
    void continue_keeps_the_screen_as_it_was() {
        navigate(StartView.class);
        test($(Button.class).id("language-sv")).click();
        IdleGuard guard = $(IdleGuard.class).single();
        guard.quietTooLong();

        test($(Button.class).id("idle-continue")).click();
        guard.countdown();

        assertThat(guard.warningOpen()).isFalse();
        assertThat($(H1.class).single().getText()).isEqualTo("Välkommen!");
    }

    @Test
    void a_fresh_start_screen_has_nothing_to_reset() {
        navigate(StartView.class);

        assertThat($(IdleGuard.class).single().quietTooLong()).isFalse();
        assertThat($(Dialog.class).exists()).isFalse();
    }

    @Test
    void an_unknown_address_shows_a_kind_page_with_a_way_back_to_the_start() {
        navigate("no/such/page", KioskErrorView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Tätä sivua ei löytynyt.");
        test($(Button.class).id("error-to-start")).click();
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }
}
