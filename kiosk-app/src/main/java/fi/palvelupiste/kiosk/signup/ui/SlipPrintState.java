package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.printing.PrintOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Says what the printer is doing with the resident's slip(s), asking every 500 ms until they are printed or
 * cannot be. If the printer cannot print, it says so kindly: the sign-up is valid and the code is on screen.
 */
public class SlipPrintState extends Paragraph {

    /** Past this, a slip still "printing" counts as not printed: the resident should not wait for paper. */
    static final Duration PRINT_PATIENCE = Duration.ofSeconds(20);
    private static final int POLL_MILLIS = 500;

    private final PrintJobService printing;
    private final List<Long> jobIds;
    private final String notPrintedText;
    private final Instant shownAt = Instant.now();
    private PrintOutcome outcome;
    private Registration polling;

    /** @param notPrintedText what to say when the printer cannot print (it repeats the code) */
    public SlipPrintState(PrintJobService printing, List<Long> jobIds, String notPrintedText) {
        this.printing = printing;
        this.jobIds = List.copyOf(jobIds);
        this.notPrintedText = notPrintedText;
        setId("signup-print-state");
        addClassName("ticket-print-state");
        getElement().setAttribute("role", "status");
        outcome = combine(jobIds.stream().map(printing::outcomeAskingPrinter).toList());
        show();
    }

    public PrintOutcome outcome() {
        return outcome;
    }

    /** Asks the print queue again and updates the text. */
    void follow() {
        PrintOutcome now = combine(jobIds.stream().map(printing::outcome).toList());
        if (now == PrintOutcome.PRINTING && Duration.between(shownAt, Instant.now()).compareTo(PRINT_PATIENCE) > 0) {
            now = PrintOutcome.NOT_PRINTED;
        }
        outcome = now;
        show();
        if (outcome != PrintOutcome.PRINTING) {
            getUI().ifPresent(this::stopPolling);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (outcome == PrintOutcome.PRINTING) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
            polling = attachEvent.getUI().addPollListener(poll -> follow());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void show() {
        setText(switch (outcome) {
            case PRINTING -> getTranslation("signup.printing");
            case PRINTED -> getTranslation("signup.printed");
            case NOT_PRINTED -> notPrintedText;
        });
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
        return outcomes.contains(PrintOutcome.PRINTING) ? PrintOutcome.PRINTING : PrintOutcome.PRINTED;
    }
}
