package fi.palvelupiste.kiosk.admin.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.staff.ui.FormEvent;
import fi.palvelupiste.kiosk.staff.ui.LocalizedTextField;

import java.util.Locale;

/**
 * A service residents queue for, as the admin edits it: ticket letter, place in the list, name and hint in every
 * language, hours, in use, priority tickets. Knows no service: "Save" fires a {@link SaveEvent} once the Binder
 * finds nothing to fix; what to fix is said in the form's message line, also when the view is refused.
 */
class ServiceForm extends FormLayout {

    final TextField prefix = new TextField(getTranslation("admin.service.prefix"));
    final IntegerField sortOrder = new IntegerField(getTranslation("admin.service.order"));
    final LocalizedTextField name = LocalizedTextField.singleLine("service-name", getTranslation("admin.service.name"));
    final LocalizedTextField hint = LocalizedTextField.singleLine("service-hint", getTranslation("admin.service.hint"));
    final TimePicker opensAt = new TimePicker(getTranslation("admin.service.opens"));
    final TimePicker closesAt = new TimePicker(getTranslation("admin.service.closes"));
    final Checkbox open = new Checkbox(getTranslation("admin.service.open"));
    final Checkbox offersPriority = new Checkbox(getTranslation("admin.service.priority"));
    final Paragraph message = new Paragraph();
    final Button save = new Button(getTranslation("admin.save"));

    private final Binder<EditedService> binder = new Binder<>(EditedService.class);
    private EditedService editing = EditedService.newService(1);

    ServiceForm() {
        prefix.setId("service-prefix");
        sortOrder.setId("service-order");
        opensAt.setId("service-opens");
        closesAt.setId("service-closes");
        open.setId("service-open");
        offersPriority.setId("service-priority");
        message.setId("service-message");
        message.getElement().setAttribute("role", "alert");
        prefix.setRequiredIndicatorVisible(true);
        for (Language language : Language.staffPages()) {
            name.setRequiredIndicatorVisible(language, true);
        }
        save.setId("service-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        binder.forField(prefix).withValidator(p -> p.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{1,2}"),
                getTranslation("admin.error.prefix")).bind(EditedService::getPrefix, EditedService::setPrefix);
        binder.forField(sortOrder).bind(EditedService::getSortOrder, EditedService::setSortOrder);
        binder.forField(name).withValidator(ServiceForm::inStaffLanguages, getTranslation("admin.error.names"))
                .bind(EditedService::getName, EditedService::setName);
        binder.forField(hint).bind(EditedService::getHint, EditedService::setHint);
        binder.forField(opensAt).bind(EditedService::getOpensAt, EditedService::setOpensAt);
        binder.forField(closesAt).withValidator(closes -> closes == null || opensAt.getValue() == null
                        || opensAt.getValue().isBefore(closes), getTranslation("admin.error.hours"))
                .bind(EditedService::getClosesAt, EditedService::setClosesAt);
        binder.forField(open).bind(EditedService::isOpen, EditedService::setOpen);
        binder.forField(offersPriority).bind(EditedService::isOffersPriority, EditedService::setOffersPriority);

        add(prefix, sortOrder);
        add(name, 2);
        add(hint, 2);
        add(opensAt, closesAt, open, offersPriority);
        add(message, 2);
        add(new HorizontalLayout(save), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    void edit(EditedService service) {
        editing = service;
        message.setText("");
        binder.readBean(service);
    }

    /** Fires {@link SaveEvent} with what is typed, or says what to fix first. */
    void save() {
        BinderValidationStatus<EditedService> status = binder.validate();
        if (status.isOk() && binder.writeBeanIfValid(editing)) {
            message.setText("");
            fireEvent(new SaveEvent(this, editing));
        } else {
            showProblem(status.getValidationErrors().stream().map(ValidationResult::getErrorMessage).findFirst()
                    .orElse(getTranslation("admin.error.names")));
        }
    }

    /** Says what the admin must fix (the Binder's finding or the service's refusal). */
    void showProblem(String text) {
        message.setText(text);
    }

    private static boolean inStaffLanguages(LocalizedText text) {
        return Language.staffPages().stream().noneMatch(language -> text.in(language).isBlank());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** "Save" with a service that the Binder found nothing to fix in. */
    static final class SaveEvent extends FormEvent<ServiceForm, EditedService> {

        SaveEvent(ServiceForm source, EditedService value) {
            super(source, value);
        }
    }
}
