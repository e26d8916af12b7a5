package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.printing.PrintOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The line on a resident's screen that says what the printer is doing with their slip(s): asked from the printer
 * when it first appears (never promise paper that will not come), then followed every 500 ms until printed or not
 * printable. A slip still "printing" after {@link #PATIENCE} counts as not printed, and is held for staff: the
 * resident should not stand waiting for paper, nor find it coming out after being told it would not. Each screen
 * gives its own words, so a ticket, a sign-up and a form each say the right thing.
 */
public class PrintProgress extends Paragraph {

    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int POLL_MILLIS = 500;

    private final PrintJobService printing;
    private final List<Long> jobIds;
    private final SerializableFunction<PrintOutcome, String> words;
    private final Instant shownAt = Instant.now();
    private PrintOutcome outcome;
    private Registration polling;

    /**
     * @param jobIds the slips to follow; none means there is nothing on its way (not printed)
     * @param words  what to say for each outcome, in the resident's language
     */
    public PrintProgress(PrintJobService printing, List<Long> jobIds, SerializableFunction<PrintOutcome, String> words) {
        this.printing = printing;
        this.jobIds = List.copyOf(jobIds);
        this.words = words;
        addClassName("ticket-print-state");
        getElement().setAttribute("role", "status");
        outcome = combine(this.jobIds.stream().map(printing::outcomeAskingPrinter).toList());
        show();
    }

    public PrintOutcome outcome() {
        return outcome;
    }

    /** Asks the print queue again and updates the words. */
    public void follow() {
        boolean patienceOver = Duration.between(shownAt, Instant.now()).compareTo(PATIENCE) > 0;
        outcome = combine(jobIds.stream().map(patienceOver ? printing::giveUp : printing::outcome).toList());
        show();
        if (outcome != PrintOutcome.PRINTING) {
            getUI().ifPresent(this::stopPolling);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show(); // in the language of the moment: the screen may have been redrawn in another one
        if (outcome == PrintOutcome.PRINTING && polling == null) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
            polling = attachEvent.getUI().addPollListener(poll -> follow());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void show() {
        setText(words.apply(outcome));
        setClassName("ticket-print-problem", outcome == PrintOutcome.NOT_PRINTED);
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private static PrintOutcome combine(List<PrintOutcome> outcomes) {
        if (outcomes.isEmpty() || outcomes.contains(PrintOutcome.NOT_PRINTED)) {
            return PrintOutcome.NOT_PRINTED;
        }
        if (outcomes.contains(PrintOutcome.PRINTING)) {
            return PrintOutcome.PRINTING;
        }
        return outcomes.contains(PrintOutcome.SENT) ? PrintOutcome.SENT : PrintOutcome.PRINTED;
    }
}
