package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.kiosk.ResidentMemory;

import java.util.List;

/**
 * Returns a resident screen to the start after inactivity, so the next person never sees what the previous one
 * typed. The browser measures the quiet time (any touch or key restarts it) and tells the server when the
 * warning is due and then once a second; the server shows "Are you still there?" with a countdown, and at zero
 * goes back to the start screen in the default language and normal text, closing anything open and ending the
 * resident's visit (what features kept for it is forgotten).
 */
class IdleGuard extends Div {

    private final KioskProperties.Idle settings;
    private final Language defaultLanguage;
    private final List<ResidentMemory> memories;
    private final LargeTextToggle largeText;
    private Dialog warning;
    private Paragraph countdownText;
    private int secondsLeft;

    IdleGuard(KioskProperties.Idle settings, Language defaultLanguage, List<ResidentMemory> memories,
              LargeTextToggle largeText) {
        this.settings = settings;
        this.defaultLanguage = defaultLanguage;
        this.memories = memories;
        this.largeText = largeText;
        setId("idle-guard");
        getElement().setAttribute("aria-hidden", "true");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        long quietMillisBeforeWarning = settings.timeout().minus(settings.warning()).toMillis();
        getElement().executeJs("""
                const guard = this;
                const old = window.palvelupisteIdle;
                if (old) { old.stop(); }
                const events = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'];
                const state = { last: Date.now(), phase: 'active' };
                const touched = () => { state.last = Date.now(); state.phase = 'active'; };
                events.forEach(e => document.addEventListener(e, touched, true));
                const timer = setInterval(() => {
                  if (!guard.isConnected) { state.stop(); return; }
                  if (Date.now() - state.last < $0 || state.phase === 'nothing-to-reset') { return; }
                  if (state.phase === 'active') {
                    state.phase = 'warned';
                    guard.$server.quietTooLong().then(warned => { if (!warned) { state.phase = 'nothing-to-reset'; } });
                  } else {
                    guard.$server.countdown();
                  }
                }, 1000);
                state.stop = () => { clearInterval(timer); events.forEach(e => document.removeEventListener(e, touched, true)); };
                window.palvelupisteIdle = state;
                """, quietMillisBeforeWarning);
    }

    /** The warning is due. Returns false when the screen is already fresh and there is nothing to reset. */
    @ClientCallable
    boolean quietTooLong() {
        UI ui = UI.getCurrent();
        boolean atStart = ui.getInternals().getActiveViewLocation().getPath().isEmpty();
        if (atStart && Language.of(ui.getLocale()) == defaultLanguage && !largeText.isOn() && openDialogs(ui) == 0) {
            return false;
        }
        secondsLeft = (int) Math.max(1, settings.warning().toSeconds());
        showWarning();
        return true;
    }

    /** One second of the warning has passed; at zero the screen resets. */
    @ClientCallable
    void countdown() {
        if (warning == null || !warning.isOpened()) {
            return;
        }
        secondsLeft--;
        if (secondsLeft <= 0) {
            resetToStart();
        } else {
            countdownText.setText(getTranslation("idle.text", secondsLeft));
        }
    }

    int secondsLeft() {
        return secondsLeft;
    }

    boolean warningOpen() {
        return warning != null && warning.isOpened();
    }

    private void showWarning() {
        warning = new Dialog();
        warning.addClassName("kiosk-idle-dialog");
        warning.setCloseOnOutsideClick(false);
        H2 title = new H2(getTranslation("idle.title"));
        countdownText = new Paragraph(getTranslation("idle.text", secondsLeft));
        countdownText.getElement().setAttribute("role", "timer");
        Button keepGoing = new Button(getTranslation("idle.continue"), click -> closeWarning());
        keepGoing.setId("idle-continue");
        keepGoing.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepGoing.addClassName("kiosk-button");
        warning.add(title, countdownText, keepGoing);
        warning.getElement().setAttribute("aria-label", getTranslation("idle.title"));
        warning.addDialogCloseActionListener(close -> closeWarning());
        warning.open();
    }

    private void closeWarning() {
        if (warning != null) {
            warning.close();
            warning = null;
        }
    }

    private void resetToStart() {
        closeWarning();
        UI ui = UI.getCurrent();
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).forEach(Dialog::close);
        ResidentVisit.end(ui, memories);
        largeText.turnOff();
        ui.setLocale(defaultLanguage.locale());
        ui.navigate(StartView.class);
    }

    private static long openDialogs(UI ui) {
        return ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).filter(Dialog::isOpened)
                .count();
    }
}
