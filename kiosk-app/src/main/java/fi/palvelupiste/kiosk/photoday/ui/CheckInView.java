package fi.palvelupiste.kiosk.photoday.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.kiosk.ui.KioskLayout;
import fi.palvelupiste.kiosk.kiosk.ui.KioskText;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenKeyboard;
import fi.palvelupiste.kiosk.kiosk.ui.ResidentVisit;
import fi.palvelupiste.kiosk.kiosk.ui.StepFlowView;
import fi.palvelupiste.kiosk.kiosk.ui.step.FlowButtons;
import fi.palvelupiste.kiosk.kiosk.ui.step.TextStep;
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
@StyleSheet("photoday.css")
class CheckInView extends StepFlowView<CheckInFlow> {

    /** The first letters of a surname are enough; more would only be more to type. */
    static final int SURNAME_TYPED_MAX = 20;

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
        TextStep step = new TextStep("check-in-code", "change.code.label", "change.code.instruction",
                OnScreenKeyboard.Layout.CODES, ReferenceCode.LENGTH, flow().code(), flow()::typeCode);
        show(step.withHeading("change.code.heading"));
        String message = flow().takeCodeMessage();
        if (message != null) {
            step.setError(message);
        }
        step.addDoneListener(typed -> {
            if (!ReferenceCode.isWellFormed(ReferenceCode.normalize(typed.value()))) {
                step.setError(getTranslation("change.code.form", ReferenceCode.LENGTH));
                return;
            }
            then(flow()::codeGiven);
        });
    }

    private void surname() {
        TextStep step = new TextStep("check-in-surname", "change.surname.label", "change.surname.instruction",
                OnScreenKeyboard.Layout.NAMES, SURNAME_TYPED_MAX, flow().surname(), flow()::typeSurname);
        show(step.withHeading("change.surname.heading"));
        step.addDoneListener(typed -> {
            if (typed.value().isBlank()) {
                step.setError(getTranslation("change.surname.empty"));
                return;
            }
            checkIn();
        });
    }

    void checkIn() {
        CheckIn answer = photoDays.checkIn(ResidentVisit.of(UI.getCurrent()), ResidentVisit.device(UI.getCurrent()), flow().code(), flow().surname());
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
            add(yourTime, time, before, expected, KioskText.instruction(getTranslation("photoday.check-in.no-slip")));
        } else {
            heading.setText(getTranslation("photoday.check-in.title"));
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
}
