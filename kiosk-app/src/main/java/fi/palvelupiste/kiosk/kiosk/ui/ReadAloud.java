package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import fi.palvelupiste.kiosk.i18n.Language;

/**
 * "Read aloud" beside every resident screen's heading: the browser's speech synthesis reads the heading and the
 * screen's instruction in the screen's language. Hidden, not broken, where the device has no voice for that
 * language (the Pi gets espeak-ng's voices through speech-dispatcher).
 */
final class ReadAloud extends Button {

    private final Language language;

    ReadAloud(Language language) {
        super(VaadinIcon.VOLUME_UP.create());
        this.language = language;
        setId("read-aloud");
        addClassName("kiosk-read-aloud");
        getElement().setAttribute("aria-label", getTranslation("read-aloud.label"));
        getElement().setAttribute("title", getTranslation("read-aloud.label"));
        getElement().setAttribute("hidden", true);
        addClickListener(click -> getElement().executeJs("""
                const view = this.closest('.kiosk-view') || document.body;
                const text = [...view.querySelectorAll('h1, .kiosk-instruction, .kiosk-read')]
                    .map(e => e.innerText.trim()).filter(t => t).join('. ');
                const utterance = new SpeechSynthesisUtterance(text);
                utterance.lang = $0;
                const voice = speechSynthesis.getVoices().find(v => v.lang.toLowerCase().split(/[-_]/)[0] === $0);
                if (voice) { utterance.voice = voice; }
                speechSynthesis.cancel();
                speechSynthesis.speak(utterance);""", language.code()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const button = this;
                if (!('speechSynthesis' in window)) { return; }
                const check = () => { button.hidden = !speechSynthesis.getVoices()
                    .some(v => v.lang.toLowerCase().split(/[-_]/)[0] === $0); };
                check();
                speechSynthesis.addEventListener('voiceschanged', check);""", language.code());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().getPage().executeJs("if ('speechSynthesis' in window) { speechSynthesis.cancel(); }");
    }
}
