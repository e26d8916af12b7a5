package fi.palvelupiste.kiosk.forms;

import java.util.List;

/** A form's texts cannot be saved or published as they are: the problems say where and why. */
public class FormRejectedException extends RuntimeException {

    private final List<FormProblem> problems;

    public FormRejectedException(List<FormProblem> problems) {
        super(problems.size() + " problem(s) in the form: " + problems.stream()
                .map(p -> (p.language() == null ? "" : p.language().code() + " ") + "line " + p.line() + " "
                        + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FormProblem> problems() {
        return problems;
    }
}
