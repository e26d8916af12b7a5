package fi.palvelupiste.kiosk.e2e;

import com.vaadin.flow.i18n.I18NProvider;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.signup.EventDraft;
import fi.palvelupiste.kiosk.signup.EventPlanning;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupFixtures;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resident screen on both panels (800 × 480 and 1280 × 800), in normal and in large text (turned on by a touch
 * on the toggle), in every language, in real headless Chromium: the start screen never scrolls, every control is
 * wholly on the screen, no word breaks at a line end except at a space, a hyphen or one of its soft hyphens
 * ({@code i18n.Hyphenation}), and no text is cut off in its button or box.
 * Each screen is reached as a resident reaches it, by touch, or by a link inside the same page (so the language and
 * the text size chosen stay); a screen that fails is saved as a screenshot named after it. The sign-up goes through
 * every step of a photo day with thirty times (each page of them, a name and a phone that need fixing, the
 * summary, the confirmation), and the booking is then cancelled by its code (a code that needs fixing, the surname,
 * the booking, the question, the cancellation). A photo day held today gives the check-in by code (the code, the
 * surname, the time and who is before), the walk-in's number, and a waitlisted resident promoted to a place sees
 * "you got a place" when she looks her booking up; those bookings are made beside the test, under the surname the
 * sign-up typed, so that the same two letters find them.
 */
class ScreensFitBrowserIT extends BrowserTest {

    /** First names of the bookings made beside the test, one per language (the surname is the sign-up's). */
    private static final List<String> FIRST_NAMES = List.of("Aino", "Bertta", "Cecilia", "Doris", "Elsa", "Fanni",
            "Greta", "Hilma");

    /** The seeded library queue; it asks about priority during this test, so that its screen is seen too. */
    private static final String PRIORITY_QUEUE = "B";

    /**
     * What is wrong on the page: a scrolling page (where it must not scroll), controls outside the viewport, words cut
     * off in a button or past its edge, text cut off in a box that hides what overflows (but {@link #CUT_ON_PURPOSE}),
     * and words broken between two letters without a soft hyphen there.
     */
    private static final String PROBLEMS = """
            const noScroll = arguments[0];
            const problems = [];
            const page = document.scrollingElement;
            if (noScroll && page.scrollHeight > innerHeight + 1) {
              problems.push('the page scrolls: ' + page.scrollHeight + ' px high');
            }
            const controls = 'vaadin-button, vaadin-text-field, input, a[href], [role=button]';
            for (const e of document.querySelectorAll(controls)) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
              if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
                problems.push('outside the screen: ' + (e.id || e.textContent.trim().slice(0, 40))
                    + ' ' + Math.round(r.left) + ',' + Math.round(r.top) + ' ' + Math.round(r.right)
                    + ',' + Math.round(r.bottom));
              }
            }
            const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const name = e => e.id || e.className || e.localName;
            const words = e => e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40);
            // Lumo cuts a button's label with "…" (its part is overflow: hidden), and the button does not hold a
            // label wider or taller than itself: either is text the resident cannot read
            for (const b of document.querySelectorAll('vaadin-button')) {
              const label = b.shadowRoot && b.shadowRoot.querySelector('[part=label]');
              // a sign alone ("⌫", "↓") is drawn as a picture, not read as a word
              if (!label || !shown(b) || !/[\\p{L}\\p{N}]/u.test(b.textContent)) continue;
              const l = label.getBoundingClientRect();
              const box = b.getBoundingClientRect();
              if (label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1) {
                problems.push('words cut off in a button: ' + name(b) + ' "' + words(b) + '" ' + label.scrollWidth
                    + 'x' + label.scrollHeight + ' in ' + label.clientWidth + 'x' + label.clientHeight);
              } else if (l.left < box.left - 1 || l.right > box.right + 1 || l.top < box.top - 1
                  || l.bottom > box.bottom + 1) {
                problems.push('words past the edge of a button: ' + name(b) + ' "' + words(b) + '"');
              }
            }
            // a text of its own in a box that hides what overflows (as "…" needs); one cut on purpose is let be
            const deliberate = arguments[1];
            for (const e of document.body.querySelectorAll('*')) {
              const own = [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.data.trim().length > 0);
              // a heading kept for screen readers only is 1 px wide
              if (!own || !shown(e) || e.clientWidth <= 1 || e.closest(deliberate)) continue;
              const style = getComputedStyle(e);
              // a box that scrolls shows its scroll bar; one that hides or clips does not
              const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
              const over = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
              if (over && clips) {
                problems.push('text cut off: ' + name(e) + ' "' + words(e) + '"');
              }
            }
            const word = /[\\p{L}\\p{N}\\p{M}]/u;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let node; (node = walker.nextNode());) {
              const text = node.data;
              const parent = node.parentElement;
              if (text.trim().length < 2 || !parent || parent.closest('script, style')
                  || parent.getClientRects().length === 0) continue;
              let previous = null;
              for (let i = 0; i < text.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                // a letter just after a line break also has an empty box at the end of the line before
                const rects = [...range.getClientRects()].filter(box => box.width > 0);
                if (rects.length === 0) continue;
                const r = rects[rects.length - 1];
                if (previous && r.top >= previous.bottom - 1 && word.test(text[i]) && word.test(text[i - 1])) {
                  problems.push('a word broken at a letter: ' + text.slice(Math.max(0, i - 12), i) + '|'
                      + text.slice(i, i + 12));
                }
                previous = r;
              }
            }
            return problems;
            """;

    /**
     * Texts cut on purpose: a typed name keeps to one line and slides to show its end, and the times show the event
     * chosen a step ago in one line (its whole title and description are on its own page).
     */
    private static final List<String> CUT_ON_PURPOSE = List.of(".osk-field-value",
            ".step-screen .signup-times .signup-what");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    I18NProvider i18n;
    @Autowired
    EventPlanning planning;
    @Autowired
    Clock clock;
    @Autowired
    SignupBooking signups;
    @Autowired
    SignupChanges changes;

    /** A photo day with thirty times, more than either panel shows at once. */
    private long photoDay;
    /** A photo day held today, where residents check in and take numbers. */
    private long heldToday;
    /** Events of one place each, one per language, whose waitlisted resident is promoted. */
    private final List<Long> onePlace = new ArrayList<>();

    private final List<String> problems = new ArrayList<>();

    /** The last ticket before this test: the ones it takes go after it, so that the next test's desk calls its own. */
    private long ticketsBefore;

    @BeforeEach
    void aQueueAsksAboutPriority() {
        ticketsBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM ticket").query(Long.class).single();
        jdbc.sql("UPDATE service_queue SET offers_priority = TRUE WHERE prefix = :p").param("p", PRIORITY_QUEUE)
                .update();
        EventDraft draft = new EventDraft();
        draft.setKindCode("PHOTO_DAY");
        draft.setTitle(draft.getTitle().with(Language.FI, "Passikuvat ja henkilökorttihakemukset kirjastossa"));
        draft.setDescription(draft.getDescription().with(Language.FI,
                "Valokuvaaja ottaa passikuvan, ja kirjaston väki auttaa sähköisen hakemuksen kanssa."
                + " Varaa aikaa puoli tuntia."));
        draft.setPlace("Kirjasto, Tervo");
        draft.setAddress("Kirjastotie 1, Tervo");
        draft.setMunicipality("Tervo");
        draft.setDate(LocalDate.now(clock).plusDays(30));
        draft.setPrice(draft.getPrice().with(Language.FI, "Kuva maksetaan valokuvaajalle, 15 €"));
        draft.setOrganiserPhone("044 123 4567");
        draft.setSignupOpens(LocalDateTime.now(clock).minusDays(1));
        draft.setSignupCloses(LocalDateTime.now(clock).plusDays(20));
        photoDay = planning.save(null, draft, Actor.staff("e2e"));
        planning.generateSlots(photoDay, LocalTime.of(9, 0), LocalTime.of(14, 0), 10, 1, Actor.staff("e2e"));
        draft.setDate(LocalDate.now(clock));
        draft.setSignupCloses(LocalDateTime.now(clock).plusHours(1));
        heldToday = planning.save(null, draft, Actor.staff("e2e"));
        planning.generateSlots(heldToday, LocalTime.of(9, 0), LocalTime.of(15, 0), 60, 8, Actor.staff("e2e"));
    }

    @AfterEach
    void asBefore() {
        List<Long> events = new ArrayList<>(onePlace);
        events.addAll(List.of(photoDay, heldToday));
        for (long event : events) {
            for (String table : List.of("photo_walk_in", "signup", "signup_count", "signup_slot")) {
                jdbc.sql("DELETE FROM " + table + " WHERE event_id = :e").param("e", event).update();
            }
            jdbc.sql("DELETE FROM signup_event WHERE id = :e").param("e", event).update();
        }
        onePlace.clear();
        jdbc.sql("DELETE FROM ticket WHERE id > :before").param("before", ticketsBefore).update();
        jdbc.sql("UPDATE service_queue SET offers_priority = FALSE WHERE prefix = :p").param("p", PRIORITY_QUEUE)
                .update();
        driver.manage().window().setSize(new Dimension(1280, 1024));
    }

    @ParameterizedTest(name = "{0} x {1}, large text {2}")
    @CsvSource({"800, 480, false", "800, 480, true", "1280, 800, false", "1280, 800, true"})
    void every_resident_screen_fits_the_panel_in_every_language(int width, int height, boolean large)
            throws IOException {
        for (Language language : Language.values()) {
            String where = width + "x" + height + (large ? "-large" : "") + "-" + language.code();
            driver.get(url("/"));
            panel(width, height);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1")));
            speak(language);
            if (large) {
                largeText();
            }
            check(where, "start", true);

            click("language-more");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("languages-close")));
            check(where, "languages", true);
            click("languages-close");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("language-chooser")));

            // in large text the start screen's choices may take two pages
            tapChoice("start-choice-queue-" + PRIORITY_QUEUE);
            look(where, "priority", "priority-normal");
            click("priority-normal");
            look(where, "ticket", "ticket-number");
            click("ticket-done");
            heading(i18n.getTranslation("start.heading", language.locale()));

            link("/ride");
            heading(i18n.getTranslation("ride.choose.heading", language.locale()));
            check(where, "ride", false);

            link("/forms");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^=form-choice-]")));
            check(where, "forms", false);
            clickFirst("[id^=form-choice-]");
            look(where, "form-preview", "forms-print");

            String code = signUp(where);
            String surname = jdbc.sql("SELECT last_name FROM signup WHERE reference_code = :c").param("c", code)
                    .query(String.class).list().getFirst();
            checkIn(where, language, surname);
            takeNumber(where);
            promoted(where, language, surname);
            cancel(where, code);
        }
        assertThat(problems).as("what does not fit").isEmpty();
    }

    /**
     * Every step of signing up for the photo day, with a name and a phone to fix on the way, to the confirmation.
     *
     * @return the reference code shown
     */
    private String signUp(String where) throws IOException {
        link("/signup");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-event-" + photoDay)));
        check(where, "signup-event", false);
        // the other events the kiosk has may come first: this one is on a later page then
        int page = 1;
        while (!driver.findElement(By.id("signup-event-" + photoDay)).isDisplayed()) {
            assertThat(page).as("pages of events").isLessThan(20);
            click("choices-more");
            page++;
            check(where, "signup-event-page-" + page, false);
        }
        click("signup-event-" + photoDay);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signup-slot")));
        check(where, "signup-slot", false);
        page = 1;
        while (driver.findElement(By.id("choices-more")).isDisplayed()) {
            assertThat(page).as("pages of thirty times").isLessThan(30);
            click("choices-more");
            page++;
            check(where, "signup-slot-page-" + page, false);
        }
        assertThat(page).as("thirty times do not fit on one page").isGreaterThan(1);
        click("choices-previous");
        wait.until(d -> d.findElements(By.cssSelector(".signup-slot:not([disabled])")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().map(slot -> {
                    slot.click();
                    return true;
                }).orElse(false));

        look(where, "signup-name", "signup-first-name");
        click("signup-next");
        look(where, "signup-name-error", "signup-first-name-error");
        typeTwoLetters("signup-first-name");
        click("signup-next");
        typeTwoLetters("signup-last-name");
        click("signup-next");

        look(where, "signup-phone", "keypad-1");
        click("keypad-1");
        click("signup-next");
        look(where, "signup-phone-error", "signup-phone-error");
        click("signup-no-phone");

        look(where, "signup-needs", "signup-need-help");
        click("signup-next");
        look(where, "signup-interpreter", "signup-interpreter-none");
        click("signup-interpreter-none");
        look(where, "signup-companion", "signup-companion-yes");
        // in large text "no" may be on the next page
        tapChoice("signup-companion-no");
        look(where, "signup-summary", "signup-confirm");
        click("signup-confirm");
        // the confirmation, or "you are already signed up" where an earlier language typed the same two letters
        look(where, "signup-done", "signup-done");
        String code = driver.findElement(By.id("signup-code")).getText().strip();
        ready();
        return code;
    }

    /** Checking in at today's photo day: the code, the surname, and the time with how many are before. */
    private void checkIn(String where, Language language, String surname) throws IOException {
        String code = signups.signUp(new SignupRequest(heldToday, signups.slots(heldToday).getFirst().id(),
                SignupFixtures.person(FIRST_NAMES.get(language.ordinal()), surname, null), null, language.locale()))
                .resident().signup().referenceCode();
        link("/photo-day/check-in");
        look(where, "check-in-code", "check-in-code");
        typeCode(code);
        click("signup-next");
        look(where, "check-in-surname", "check-in-surname");
        typeTwoLetters("check-in-surname");
        click("signup-next");
        look(where, "check-in-done", "check-in-time");
        ready();
    }

    /** A number for the photographer without a booking, from the start screen's button as a resident takes it. */
    private void takeNumber(String where) throws IOException {
        tapChoice("start-choice-photo-day-walk-in");
        look(where, "walk-in", "walk-in-number");
        ready();
    }

    /**
     * "Ready", and the start screen it leads to: a link taken before it is there would race the way back to the start
     * and be lost.
     */
    private void ready() {
        click("signup-done");
        heading(i18n.getTranslation("start.heading", Language.ofCode(driver.findElement(By.tagName("html"))
                .getAttribute("lang")).locale()));
    }

    /** A waitlisted resident given the place of one who cancelled looks her booking up: "you got a place". */
    private void promoted(String where, Language language, String surname) throws IOException {
        EventDraft draft = planning.draftOf(photoDay);
        long event = planning.save(null, draft, Actor.staff("e2e"));
        onePlace.add(event);
        planning.generateSlots(event, LocalTime.of(9, 0), LocalTime.of(9, 10), 10, 1, Actor.staff("e2e"));
        long placed = signups.signUp(new SignupRequest(event, signups.slots(event).getFirst().id(),
                SignupFixtures.person("Olli", "Ensin", null), null, language.locale())).resident().signup().id();
        String code = signups.signUp(new SignupRequest(event, null,
                SignupFixtures.person(FIRST_NAMES.get(language.ordinal()), surname, null), null, language.locale()))
                .resident().signup().referenceCode();
        changes.cancel(placed, Actor.staff("e2e"), language.locale());
        link("/signup/change");
        look(where, "promoted-code", "change-code");
        typeCode(code);
        click("signup-next");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-surname")));
        typeTwoLetters("change-surname");
        click("signup-next");
        look(where, "promoted", "change-promoted");
        // the cancellation next opens the same page anew: from the start screen
        link("/");
        heading(i18n.getTranslation("start.heading", language.locale()));
    }

    private void typeCode(String code) {
        for (char c : code.toCharArray()) {
            click("osk-key-" + Character.toLowerCase(c));
        }
    }

    /** Every step of cancelling by the reference code, with a code to fix on the way. */
    private void cancel(String where, String code) throws IOException {
        link("/signup/change");
        look(where, "change-code", "change-code");
        click("signup-next");
        look(where, "change-code-error", "change-code-error");
        typeCode(code);
        click("signup-next");
        look(where, "change-surname", "change-surname");
        typeTwoLetters("change-surname");
        click("signup-next");
        look(where, "change-booking", "change-cancel");
        click("change-cancel");
        look(where, "change-cancel-question", "change-cancel-confirm");
        click("change-cancel-confirm");
        look(where, "change-done", "signup-done");
        click("signup-done");
    }

    /** Waits for the screen that shows {@code id}, then checks it (a page that may scroll). */
    private void look(String where, String screen, String id) throws IOException {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        check(where, screen, false);
    }

    /** The first key of the keyboard's first row twice, whatever the script: a name of two letters. */
    private void typeTwoLetters(String field) {
        clickFirst(".osk-row vaadin-button.osk-key");
        clickFirst(".osk-row vaadin-button.osk-key");
        wait.until(d -> d.findElement(By.id(field + "-value")).getText().strip().length() == 2);
    }

    /** Large text, turned on as a resident turns it on: by touching the toggle in the header. */
    private void largeText() {
        click("large-text");
        wait.until(d -> "true".equals(d.findElement(By.id("large-text")).getAttribute("aria-pressed")));
        wait.until(d -> String.valueOf(d.findElement(By.tagName("body")).getAttribute("class"))
                .contains("kiosk-large-text"));
    }

    /** The resident's language, chosen in the header or from every language. */
    private void speak(Language language) {
        // the note that a coordinator's text came in another language may lie over the header; a touch closes it
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('vaadin-notification-card').forEach(c => c.click());");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-notification-card.kiosk-notification")));
        if (language.isStaffPage()) {
            click("language-" + language.code());
        } else {
            click("language-more");
            click("languages-" + language.code());
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("language-chooser")));
        }
        wait.until(d -> language.code().equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private void check(String where, String screen, boolean noScroll) throws IOException {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) driver).executeScript(PROBLEMS, noScroll,
                String.join(", ", CUT_ON_PURPOSE));
        if (!found.isEmpty()) {
            String name = "fit-" + where + "-" + screen + ".png";
            Chromium.screenshot(driver, name);
            found.forEach(problem -> problems.add(where + " " + screen + ": " + problem + " (" + name + ")"));
        }
    }

    private void clickFirst(String selector) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
    }

    /** Goes to a resident screen within the same page, as a link on the kiosk would. */
    private void link(String path) {
        ((JavascriptExecutor) driver).executeScript("""
                const a = document.createElement('a');
                a.href = arguments[0];
                a.setAttribute('router-link', '');
                document.body.appendChild(a);
                a.click();
                a.remove();
                """, path);
    }
}
