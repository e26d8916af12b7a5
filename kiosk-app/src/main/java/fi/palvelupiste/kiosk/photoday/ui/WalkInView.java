package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.KioskView;
import fi.palvelupiste.kiosk.kiosk.ui.SlipPrintState;
import fi.palvelupiste.kiosk.kiosk.ui.StartView;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.i18n.DateWords;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.photoday.WalkInTaken;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The walk-in number just taken, very large, with how many are before it and roughly when to come back, so that
 * nobody has to stand for hours; the same is on the ticket. The numbers say nothing about a person.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "photo-day/walk-in/:" + WalkInView.WALK_IN_PARAMETER, layout = KioskLayout.class)
class WalkInView extends KioskView implements BeforeEnterObserver {

    static final String WALK_IN_PARAMETER = "walkInId";

    private final PhotoDays photoDays;
    private final PrintJobService printing;
    private final DateWords dates;
    @Nullable WalkInTaken taken;
    @Nullable SlipPrintState printState;

    WalkInView(PhotoDays photoDays, PrintJobService printing, DateWords dates) {
        this.photoDays = photoDays;
        this.printing = printing;
        this.dates = dates;
        addClassName("photo-day-walk-in");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taken = event.getRouteParameters().getLong(WALK_IN_PARAMETER).flatMap(photoDays::walkIn).orElse(null);
        if (taken == null) {
            event.forwardTo(StartView.class);
        }
    }

    @Override
    protected String titleKey() {
        return "photoday.walk-in.title";
    }

    @Override
    protected void render() {
        WalkInTaken shown = taken;
        if (shown == null) {
            return;
        }
        heading.setText(getTranslation("photoday.walk-in.heading"));
        Div number = new Div(shown.number().shown());
        number.setId("walk-in-number");
        number.addClassName("ticket-number");
        Paragraph before = new Paragraph(getTranslation("photoday.before", shown.before()));
        before.setId("walk-in-before");
        before.addClassName("photo-day-line");
        Paragraph comeBack = new Paragraph(getTranslation("photoday.walk-in.come-back",
                dates.time(shown.comeBackAt(), getLocale())));
        comeBack.setId("walk-in-come-back");
        comeBack.addClassNames("photo-day-line", "photo-day-come-back");
        Long job = shown.number().printJobId();
        printState = new SlipPrintState(printing, job == null ? List.of() : List.of(job),
                getTranslation("photoday.walk-in.not-printed", shown.number().shown()));
        add(number, KioskText.besideTheNumber(before, comeBack,
                KioskText.instruction(getTranslation("photoday.walk-in.fill-in")), printState), FlowButtons.ready(true));
    }
}
