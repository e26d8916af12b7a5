package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.i18n.Hyphenation;
import fi.palvelupiste.kiosk.i18n.KioskI18NProvider;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.kiosk.ResidentMemory;
import fi.palvelupiste.kiosk.kiosk.ScreenHeartbeat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The frame of every resident screen: the site's name, "Large text", the language buttons (each language in its own
 * name), the screen itself in the page's main landmark, and the inactivity reset.
 */
@AnonymousAllowed
public class KioskLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final Main main = new Main();
    private final Nav languages = new Nav();
    private final Map<Language, Button> languageButtons = new EnumMap<>(Language.class);
    private final Button more = new Button();
    private final KioskI18NProvider i18n;

    public KioskLayout(KioskProperties properties, List<ResidentMemory> memories, ScreenHeartbeat heartbeat,
                       KioskI18NProvider i18n) {
        this.i18n = i18n;
        addClassName("kiosk-shell");
        // soft hyphens in the language the site's name is written in: a long name takes two lines beside the languages
        Span site = new Span(Hyphenation.text(properties.siteName(), Language.ofCode(properties.defaultLanguage())));
        site.addClassName("kiosk-site");
        languages.addClassName("kiosk-languages");
        for (Language language : Language.values()) {
            Button button = new Button(language.ownName(), click -> switchTo(language));
            button.setVisible(language.isStaffPage());
            button.setId("language-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.addClassName("kiosk-language");
            languageButtons.put(language, button);
            languages.add(button);
        }
        more.setId("language-more");
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClassNames("kiosk-language", "kiosk-language-more");
        more.addClickListener(click -> LanguageChooser.open(UI.getCurrent(), i18n.residentLanguages(), this::switchTo));
        // with only the three in the header there is nothing more to choose
        more.setVisible(i18n.residentLanguages().size() > Language.staffPages().size());
        languages.add(more);
        LargeTextToggle largeText = new LargeTextToggle();
        Header header = new Header(site, largeText, languages);
        header.addClassName("kiosk-header");
        main.addClassName("kiosk-main");
        add(header, main, new IdleGuard(properties.idle(), Language.ofCode(properties.defaultLanguage()),
                memories, largeText), new HeartbeatBeacon(heartbeat));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // a long press on a touchscreen opens Chromium's context menu; no policy turns it off, so the page does
        attachEvent.getUI().getElement().executeJs("""
                if (!window.palvelupisteNoContextMenu) {
                  document.addEventListener('contextmenu', e => e.preventDefault());
                  window.palvelupisteNoContextMenu = true;
                }""");
    }

    /**
     * Switches where the resident is. A coordinator's text that has none in the language is shown in the next one
     * along its fallbacks, and the resident is told so once ({@link CoordinatorsText}).
     */
    private void switchTo(Language language) {
        UI.getCurrent().setLocale(language.locale());
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language current = Language.of(event.getLocale());
        languages.getElement().setAttribute("aria-label", getTranslation("language.nav"));
        languageButtons.forEach((language, button) -> {
            boolean selected = language == current;
            button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            button.setClassName("kiosk-language-selected", selected);
            // the three most used languages, and the one chosen from the others while it is in use
            button.setVisible(language.isStaffPage() || selected);
        });
        showEachIsolated(more, getTranslation("languages.more"));
        // the whole document, so that dialogs and notifications (outside this layout) turn too
        event.getUI().setDirection(current.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        getElement().setAttribute("dir", current.rightToLeft() ? "rtl" : "ltr");
        event.getUI().getElement().executeJs("document.documentElement.lang = $0", current.code());
    }

    /**
     * "اللغة · Kieli · Language": each name in its own {@code <bdi>}, so that in a right-to-left screen the Arabic and
     * the Latin names keep their order and the dots stay between them (plain text would move a dot to the end).
     */
    private static void showEachIsolated(Button button, String names) {
        button.getElement().removeAllChildren();
        String[] parts = names.split(" · ");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                // a dot of its own, so that the 7" panel can put each name on a line of its own instead
                button.getElement().appendChild(new Element("span").setText(" · ").setAttribute("class",
                        "kiosk-language-dot"));
            }
            button.getElement().appendChild(new Element("bdi").setText(parts[i]));
        }
    }

    /** For tests: the button that opens every language. */
    Button moreLanguages() {
        return more;
    }

    /** For tests: the language buttons by language. */
    Component languageButton(Language language) {
        return languageButtons.get(language);
    }
}
