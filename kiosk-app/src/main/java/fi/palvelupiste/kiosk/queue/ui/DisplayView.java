package fi.palvelupiste.kiosk.queue.ui;

import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.kiosk.ui.WaitingRoomPart;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.CalledTicket;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.QueueUpdate;
import fi.palvelupiste.kiosk.queue.QueueUpdates;
import fi.palvelupiste.kiosk.queue.TicketStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The waiting room's TV: the numbers being called now with their desk, the last few before them, updated by push
 * within a second. A chime and, if asked for, a spoken announcement in the languages given as
 * {@code /display?speech=fi,sv,en} (default: Finnish; {@code speech=none} for chime only). Browsers that block
 * sound until a tap show one big "enable sound" button. No personal data: numbers and desks only.
 */
@KioskOnly
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
class DisplayView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** How many calls are shown large ("now"), and how many more below them. */
    static final int NOW_SHOWN = 3;
    static final int EARLIER_SHOWN = 6;

    private final QueueDesk queueDesk;
    private final QueueUpdates updates;
    final Div now = new Div();
    final Div earlier = new Div();
    final Button enableSound = new Button();
    private List<Language> speech = List.of(Language.FI);
    private Runnable unsubscribe;

    DisplayView(QueueDesk queueDesk, QueueUpdates updates, ObjectProvider<WaitingRoomPart> parts) {
        this.queueDesk = queueDesk;
        this.updates = updates;
        addClassName("queue-display");
        H1 heading = new H1(allLanguages("display.now"));
        now.setId("display-now");
        now.addClassName("display-now");
        earlier.setId("display-earlier");
        earlier.addClassName("display-earlier");
        enableSound.setText(allLanguages("display.enable-sound"));
        enableSound.setId("display-enable-sound");
        enableSound.addClassName("display-enable-sound");
        // hidden by the page itself when sound works; an invisible component would never reach the browser
        enableSound.getElement().setAttribute("hidden", true);
        enableSound.addClickListener(click -> getElement().executeJs("window.palvelupisteDisplay.unlock()"));
        add(heading, now, new H2(allLanguages("display.earlier")), earlier);
        parts.orderedStream().forEach(part -> add(part.create()));
        add(enableSound);
        show(queueDesk.recentCalls(NOW_SHOWN + EARLIER_SHOWN));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        speech = speechLanguages(event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("speech", List.of("fi")));
    }

    /** The languages of {@code ?speech=fi,sv,en}; anything else (e.g. "none") means chime only. */
    static List<Language> speechLanguages(List<String> asked) {
        return asked.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(code -> List.of("fi", "sv", "en").contains(code))
                .map(Language::ofCode).distinct().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("display.title"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        getElement().executeJs(SOUND_SCRIPT, enableSound.getElement());
        unsubscribe = updates.subscribe(update -> ui.access(() -> onUpdate(update)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    void onUpdate(QueueUpdate update) {
        show(queueDesk.recentCalls(NOW_SHOWN + EARLIER_SHOWN));
        if (update.called() != null) {
            getElement().executeJs("window.palvelupisteDisplay && window.palvelupisteDisplay.announce($0, $1)",
                    update.called().displayNumber(), announcements(update.called(), speech));
        }
    }

    /**
     * What is said aloud, one sentence per chosen language, e.g. "Vuoronumero A 12, Digituki 1", and then in the
     * language the ticket was taken in, when that is another one: its holder may know no other.
     */
    String announcements(CalledTicket called, List<Language> languages) {
        String spoken = spokenNumber(called.displayNumber());
        List<Language> said = new ArrayList<>(languages);
        Language holder = Language.ofCode(called.language());
        if (!said.isEmpty() && !said.contains(holder)) {
            said.add(holder);
        }
        return said.stream().map(language -> language.code() + "|"
                        + getTranslation(language.locale(), "display.announce", spoken, called.deskName()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Large under "Now serving": the numbers being served now (called, not yet finished). Smaller under "Called
     * earlier": numbers already served, newest first. A no-show, or a number sent back to the queue, is not shown:
     * nobody should walk to a desk for a call that is over.
     */
    private void show(List<CalledTicket> calls) {
        now.removeAll();
        earlier.removeAll();
        List<CalledTicket> current = calls.stream().filter(call -> call.status() == TicketStatus.CALLED)
                .limit(NOW_SHOWN).toList();
        for (CalledTicket call : current) {
            Div row = new Div(number(call), desk(call));
            row.addClassName("display-row");
            now.add(row);
        }
        if (current.isEmpty()) {
            now.add(new Span(allLanguages("display.nobody")));
        }
        calls.stream().filter(call -> call.status() == TicketStatus.SERVED).limit(EARLIER_SHOWN).forEach(call -> {
            Div row = new Div(number(call), new Span(" "), desk(call));
            row.addClassName("display-row-earlier");
            earlier.add(row);
        });
    }

    private static Span number(CalledTicket call) {
        Span number = new Span(call.displayNumber());
        number.addClassName("display-number");
        return number;
    }

    private static Span desk(CalledTicket call) {
        Span desk = new Span(call.deskName());
        desk.addClassName("display-desk");
        return desk;
    }

    private String allLanguages(String key) {
        return Language.staffPages().stream().map(language -> getTranslation(language.locale(), key))
                .distinct().collect(Collectors.joining(" · "));
    }

    /** "A012" is read out as "A 12": speech engines read the zeros otherwise. */
    static String spokenNumber(String displayNumber) {
        String prefix = displayNumber.replaceAll("\\d", "");
        String digits = displayNumber.substring(prefix.length());
        return digits.isEmpty() ? prefix : prefix + " " + Integer.parseInt(digits);
    }

    /** Chime with Web Audio (no sound file needed) and speech with the browser's speech synthesis. */
    private static final String SOUND_SCRIPT = """
            const button = $0;
            const state = window.palvelupisteDisplay || {};
            window.palvelupisteDisplay = state;
            try {
              state.ctx = state.ctx || new (window.AudioContext || window.webkitAudioContext)();
            } catch (error) {
              state.error = String(error);
            }
            state.showButtonIfBlocked = () => { button.hidden = !state.ctx || state.ctx.state === 'running'; };
            state.unlock = () => state.ctx && state.ctx.resume().then(state.showButtonIfBlocked);
            state.chime = () => {
              const ctx = state.ctx;
              if (!ctx) { return; }
              [[659.25, 0], [523.25, 0.35]].forEach(([frequency, start]) => {
                const tone = ctx.createOscillator();
                const volume = ctx.createGain();
                tone.type = 'sine';
                tone.frequency.value = frequency;
                volume.gain.setValueAtTime(0.0001, ctx.currentTime + start);
                volume.gain.exponentialRampToValueAtTime(0.4, ctx.currentTime + start + 0.03);
                volume.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + start + 0.8);
                tone.connect(volume).connect(ctx.destination);
                tone.start(ctx.currentTime + start);
                tone.stop(ctx.currentTime + start + 0.85);
              });
            };
            state.voices = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
            state.announce = (number, sentences) => {
              state.lastAnnounced = number;
              state.showButtonIfBlocked();
              state.chime();
              if (!('speechSynthesis' in window) || !sentences) { return; }
              sentences.split('\\n').forEach(line => {
                const [code, text] = line.split('|');
                const utterance = new SpeechSynthesisUtterance(text);
                utterance.lang = state.voices[code] || code;
                utterance.rate = 0.9;
                window.speechSynthesis.speak(utterance);
              });
            };
            state.showButtonIfBlocked();
            """;
}
