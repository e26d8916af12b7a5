package fi.palvelupiste.kiosk.kiosk.ui.step;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.kiosk.ui.OnScreenField;
import fi.palvelupiste.kiosk.resident.PersonDraft;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step components on their own, without Spring or a service: they show their question and answer through
 * their events. (Texts are not translated here; the screens' tests check the words.)
 */
@ViewPackages(packages = "fi.palvelupiste.kiosk.kiosk.ui.step")
class StepComponentsTest extends BrowserlessTest {

    @Test
    void the_name_step_writes_into_the_draft_moves_to_the_last_name_and_answers_with_normalized_names() {
        PersonDraft person = new PersonDraft();
        NameStep step = new NameStep(person);
        List<PersonDraft> answers = new ArrayList<>();
        List<String> events = new ArrayList<>();
        step.addDoneListener(done -> answers.add(done.value()));
        step.addBackListener(back -> events.add("back"));
        step.addCancelListener(cancel -> events.add("cancel"));
        UI.getCurrent().add(step);

        tap("osk-key-a");
        tap("osk-key-i");
        assertThat(person.firstName()).as("written as tapped").isEqualTo("Ai");
        tap("signup-next");
        assertThat(answers).as("the last name is still missing").isEmpty();
        tap("osk-key-v");
        tap("osk-key-space");
        tap("signup-next");
        assertThat(answers).containsExactly(person);
        assertThat(person.lastName()).isEqualTo("V");

        tap("flow-back");
        tap("flow-cancel");
        assertThat(events).containsExactly("back", "cancel");
    }

    @Test
    void the_name_step_refuses_a_name_that_breaks_the_rule_and_says_why_under_the_field() {
        PersonDraft person = new PersonDraft();
        person.setFirstName("-");
        NameStep step = new NameStep(person);
        List<PersonDraft> answers = new ArrayList<>();
        step.addDoneListener(done -> answers.add(done.value()));
        UI.getCurrent().add(step);
        tap("signup-next");
        assertThat(answers).isEmpty();
        assertThat($(OnScreenField.class).id("signup-first-name").errorText()).isNotEmpty();
    }

    @Test
    void the_phone_step_takes_a_mobile_number_or_none_and_refuses_a_landline() {
        PersonDraft person = new PersonDraft();
        PhoneStep step = new PhoneStep(person, "signup.phone.instruction");
        List<PersonDraft> answers = new ArrayList<>();
        step.addDoneListener(done -> answers.add(done.value()));
        UI.getCurrent().add(step);
        for (char digit : "0171234567".toCharArray()) {
            tap("keypad-" + digit);
        }
        tap("signup-next");
        assertThat(answers).as("not a mobile number").isEmpty();
        assertThat($(OnScreenField.class).id("signup-phone").errorText()).isNotEmpty();
        tap("signup-no-phone");
        assertThat(answers).hasSize(1);
        assertThat(person.phone()).isEmpty();
    }

    @Test
    void a_choice_answers_with_its_value_and_a_closed_choice_cannot_be_tapped() {
        ChoiceStep<RideStopChoice> step = RideSteps.stop(List.of(new RideStopChoice(4, "Kuuslahti", "", 0, 0),
                new RideStopChoice(5, "Kirkonkylä", "", 3, 0)));
        List<Long> answers = new ArrayList<>();
        step.addDoneListener(done -> answers.add(done.value().stopId()));
        UI.getCurrent().add(step);
        assertThat($(Button.class).id("ride-stop-4").isEnabled()).isFalse();
        tap("ride-stop-5");
        assertThat(answers).containsExactly(5L);
    }

    @Test
    void a_summary_confirms_once() {
        ConfirmStep step = ConfirmStep.summary("summary", "confirm", "OK");
        step.line("signup.summary.event", "Kuvauspäivä");
        List<Boolean> answers = new ArrayList<>();
        step.addDoneListener(done -> answers.add(done.value()));
        UI.getCurrent().add(step);
        Button confirm = $(Button.class).id("confirm");
        test(confirm).click();
        assertThat(answers).containsExactly(true);
        assertThat(confirm.isEnabled()).as("a second tap cannot save twice").isFalse();
    }

    @Test
    void the_needs_step_toggles_and_the_interpreter_step_answers_with_one_language_and_marks_the_chosen_one() {
        PersonDraft person = new PersonDraft();
        NeedsStep step = new NeedsStep(person, new NeedsStep.Questions(true, true));
        UI.getCurrent().add(step);
        tap("signup-need-wheelchair");
        assertThat(person.wheelchair()).isTrue();
        assertThat(person.applicationHelp()).isFalse();
        assertThat($(Button.class).id("signup-need-wheelchair").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        UI.getCurrent().remove(step);

        person.setInterpreterLanguage("uk");
        ChoiceStep<String> interpreter = NeedsStep.interpreter(person, code -> code.toUpperCase());
        List<String> answers = new ArrayList<>();
        interpreter.addDoneListener(done -> answers.add(done.value()));
        UI.getCurrent().add(interpreter);
        assertThat($(Button.class).id("signup-interpreter-uk").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat($(Button.class).id("signup-interpreter-ar").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        tap("signup-interpreter-ar");
        tap("signup-interpreter-none");
        assertThat(answers).containsExactly("ar", "");
    }

    private void tap(String id) {
        test($(Button.class).id(id)).click();
    }
}
