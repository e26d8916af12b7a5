package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A box of big choices that shows as many as fit and turns pages with "More ↓" and "↑ Previous" (thirty times of a
 * photo day on the 7" panel are several pages, never a list that goes on below the screen's edge; in large text the
 * start screen's, the forms' and the priority question's choices page too). The page is laid out in the browser, which alone knows how
 * tall the buttons came out; every button is in the page, so the server sees the same choices. The box has to have
 * a height of its own (a flex item of a screen that fills the panel).
 */
public final class PagedChoices {

    /**
     * Shows the buttons that fit in the box, from the page's first one; "More" and "Previous" move by a page. It
     * lays out again from the same first button when the box changes size (another panel, larger text, or the row
     * of buttons taller once "Previous" shows) or the page's first button does (large text turned on where the box
     * keeps its height, as in Arabic, whose header is as tall either way): going back to the first page then would
     * undo the resident's "More". Hidden buttons report a size too; they do not change the first one's.
     */
    private static final String PAGES = """
            const box = this, previous = $0, more = $1;
            const starts = [0];
            const lay = () => {
              const all = [...box.children];
              const start = starts[starts.length - 1];
              all.forEach((button, i) => button.style.display = i < start ? 'none' : '');
              const bottom = box.getBoundingClientRect().top + box.clientHeight + 1;
              let end = all.length;
              for (let i = start + 1; i < all.length; i++) {
                if (all[i].getBoundingClientRect().bottom > bottom) { end = i; break; }
              }
              all.forEach((button, i) => { if (i >= end) button.style.display = 'none'; });
              box.dataset.pageEnd = end;
              previous.hidden = starts.length === 1;
              more.hidden = end >= all.length;
            };
            more.addEventListener('click', () => { starts.push(Number(box.dataset.pageEnd)); lay(); });
            previous.addEventListener('click', () => { if (starts.length > 1) { starts.pop(); lay(); } });
            let seen = '';
            const watch = new ResizeObserver(() => {
              const first = box.children[starts[starts.length - 1]];
              const now = [box.clientWidth, box.clientHeight, first ? first.offsetWidth : 0,
                           first ? first.offsetHeight : 0].join(' ');
              if (now === seen) return;
              seen = now;
              lay();
            });
            watch.observe(box);
            [...box.children].forEach(button => watch.observe(button));
            """;

    private PagedChoices() {
    }

    /** "↑ Previous", hidden until the page script has an earlier page to show. */
    public static Button previousButton() {
        return pageButton("choices-previous", "↑", UI.getCurrent().getTranslation("flow.page.previous"), true);
    }

    /** "More ↓", hidden until the page script finds more buttons than fit. */
    public static Button moreButton() {
        return pageButton("choices-more", "↓", UI.getCurrent().getTranslation("flow.page.more"), false);
    }

    /** Pages the box's buttons with the two page buttons, once the box is in the browser. */
    public static void page(Div box, Button previous, Button more) {
        box.addClassName("paged-choices");
        box.addAttachListener(attach -> box.getElement().executeJs(PAGES, previous.getElement(), more.getElement()));
    }

    /**
     * Pages the box's buttons, on a screen that is not a step: the page buttons come in a row under it, after the
     * screen's own buttons (Back) that go in that row.
     */
    public static Div pagedBy(Div box, Component... beside) {
        Button previous = previousButton();
        Button more = moreButton();
        page(box, previous, more);
        Div row = new Div(beside);
        row.add(previous, more);
        row.addClassName("choice-pages");
        return row;
    }

    /**
     * A click only turns the page in the browser. The word and the arrow are apart, so that the 7" panel in large
     * text can show the arrow alone (the word stays the button's name for screen readers).
     */
    private static Button pageButton(String id, String arrow, String word, boolean arrowFirst) {
        Button button = new Button();
        Span arrowText = new Span(arrow);
        Span wordText = new Span(word);
        wordText.addClassName("flow-page-word");
        if (arrowFirst) {
            button.getElement().appendChild(arrowText.getElement(), Element.createText(" "), wordText.getElement());
        } else {
            button.getElement().appendChild(wordText.getElement(), Element.createText(" "), arrowText.getElement());
        }
        button.getElement().setAttribute("aria-label", word);
        button.setId(id);
        button.addClassNames("kiosk-button", "kiosk-button-secondary", "flow-page");
        button.getElement().setAttribute("hidden", true);
        return button;
    }
}
