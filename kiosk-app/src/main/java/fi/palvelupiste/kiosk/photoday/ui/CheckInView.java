package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentVisit;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.step.CodeSteps;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.photoday.CheckIn;
import fi.palvelupiste.kiosk.photoday.PhotoDays;
import fi.palvelupiste.kiosk.signup.ReferenceCode;
import fi.palvelupiste.kiosk.signup.ReferenceCodes;
import fi.palvelupiste.kiosk.signup.SignupTexts;

/**
 * "Check in for the photo day" ({@link CheckInFlow} says which step): the code and the first letters of the surname
 * on the app's keyboard, with the same steps, texts and slowing down of wrong codes as changing a booking by code;
 * then the resident's time and how many are before them. No slip: the booking's slip already has the time, and
 * paper at the door would only make a second queue at the printer.
 */
@AnonymousAllowed
@KioskOnly
@Route(value = "photo-day/check-in", layout = KioskLayout.class)
class CheckInView extends StepFlowView<CheckInFlow> {

    private final PhotoDays photoDays;
    private final SignupTexts texts;

    CheckInView(PhotoDays photoDays, SignupTexts texts) {
        super("check-in-message", new CheckInFlow());
        this.photoDays = photoDays;
        this.texts = texts;
        addClassName("photo-day-check-in");
    }

    @Override
    protected String titleKey() {
        return "photoday.check-in.title";
    }

    @Override
    protected void render() {
        switch (flow().step()) {
            case CODE -> code();
            case SURNAME -> surname();
            case DONE -> done();
        }
    }

    private void code() {
        show(CodeSteps.code("check-in-code", flow().answers(), ReferenceCode.LENGTH,
                typed -> ReferenceCode.isWellFormed(ReferenceCode.normalize(typed)), () -> then(flow()::codeGiven)));
    }

    private void surname() {
        show(CodeSteps.surname("check-in-surname", flow().answers(), this::checkIn));
    }

    void checkIn() {
        CheckIn answer = photoDays.checkIn(ResidentVisit.of(UI.getCurrent()), ResidentVisit.device(UI.getCurrent()), flow().answers().code(),
                flow().answers().surname());
        if (answer instanceof CheckIn.NotFound notFound) {
            flow().notFound(texts.lookupProblem(notFound.lookup(), getLocale()));
        } else {
            flow().answered(answer);
        }
        redraw();
    }

    private void done() {
        CheckIn result = flow().result();
        if (result instanceof CheckIn.CheckedIn checkedIn) {
            heading.setText(getTranslation("photoday.check-in.done"));
            Div time = KioskText.codeBox("check-in-time", texts.time(checkedIn.attendee().slotStartsAt(), getLocale()));
            Paragraph yourTime = KioskText.instruction(getTranslation("photoday.check-in.your-time",
                    texts.time(checkedIn.attendee().slotStartsAt(), getLocale())));
            Paragraph before = new Paragraph(getTranslation("photoday.before", checkedIn.before()));
            before.setId("check-in-before");
            before.addClassName("photo-day-line");
            Paragraph expected = new Paragraph(getTranslation("photoday.check-in.called-at",
                    texts.time(checkedIn.expectedAt(), getLocale())));
            expected.setId("check-in-expected");
            expected.addClassName("photo-day-line");
            add(time, KioskText.besideTheNumber(yourTime, before, expected,
                    KioskText.instruction(getTranslation("photoday.check-in.no-slip"))));
        } else {
            heading.setText(getTranslation("photoday.check-in.title"));
            if (result instanceof CheckIn.MadeElsewhere elsewhere) {
                madeElsewhere(elsewhere);
                return;
            }
            String message = switch (result) {
                case CheckIn.OtherDay other -> getTranslation("photoday.check-in.other-day",
                        other.event().title().get(getLocale()), texts.day(other.event().date(), getLocale()));
                case CheckIn.NoPlace none -> getTranslation("photoday.check-in.no-place");
                case CheckIn.AlreadyPhotographed done -> getTranslation("photoday.check-in.photographed");
                case null, default -> "";
            };
            add(KioskText.alert("check-in-message", message));
        }
        add(FlowButtons.ready(true));
    }

    /** Booked at another site's kiosk: this line does not know the booking, so a number gets the resident into it. */
    private void madeElsewhere(CheckIn.MadeElsewhere elsewhere) {
        heading.setText(getTranslation("photoday.check-in.title"));
        Button takeNumber = FlowButtons.bigChoice("check-in-take-number", getTranslation("photoday.start.walk-in"),
                getTranslation("photoday.start.walk-in-hint"));
        takeNumber.addClickListener(click -> PhotoDayStartChoices.takeNumber(photoDays, elsewhere.event(), getLocale()));
        add(KioskText.alert("check-in-message", getTranslation("photoday.check-in.made-elsewhere",
                elsewhere.siteName(), texts.time(elsewhere.slotStartsAt(), getLocale()))), takeNumber,
                FlowButtons.ready(false));
    }
}
