package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import fi.palvelupiste.kiosk.printing.PrintJobService;

import java.util.List;

/**
 * The print-progress line of sign-up and ride screens, in the sign-ups' words. If the printer cannot print, it
 * says so kindly: the sign-up is valid and the code is on screen.
 */
public class SlipPrintState extends PrintProgress {

    /** @param notPrintedText what to say when the printer cannot print (it repeats the code) */
    public SlipPrintState(PrintJobService printing, List<Long> jobIds, String notPrintedText) {
        super(printing, jobIds, outcome -> switch (outcome) {
            case PRINTING -> UI.getCurrent().getTranslation("signup.printing");
            case PRINTED -> UI.getCurrent().getTranslation("signup.printed");
            case SENT -> UI.getCurrent().getTranslation("signup.sent");
            case NOT_PRINTED -> notPrintedText;
        });
        setId("signup-print-state");
    }
}
