package fi.palvelupiste.kiosk.campaign.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.campaign.CampaignDraft;
import fi.palvelupiste.kiosk.staff.ui.FormEvent;
import fi.palvelupiste.kiosk.staff.ui.StaffDatePicker;

/**
 * A campaign as the coordinator fills it in: name, municipality, first and last day, partners. Knows no service:
 * "Save" fires a {@link SaveEvent} once the Binder finds nothing to fix, and otherwise says what to fix first.
 */
class CampaignForm extends FormLayout {

    final TextField name = new TextField(getTranslation("campaign.name"));
    final TextField municipality = new TextField(getTranslation("campaign.municipality"));
    final DatePicker firstDate = new StaffDatePicker(getTranslation("campaign.first-date"));
    final DatePicker lastDate = new StaffDatePicker(getTranslation("campaign.last-date"));
    final TextArea partners = new TextArea(getTranslation("campaign.partners"));
    final Button save = new Button(getTranslation("campaign.save"));

    private final Binder<CampaignDraft> binder = new Binder<>(CampaignDraft.class);

    CampaignForm() {
        name.setId("campaign-name");
        name.setRequiredIndicatorVisible(true);
        municipality.setId("campaign-municipality");
        firstDate.setId("campaign-first-date");
        lastDate.setId("campaign-last-date");
        partners.setId("campaign-partners");
        partners.setHelperText(getTranslation("campaign.partners.help"));
        save.setId("campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        binder.forField(name).withValidator(n -> !n.isBlank(), getTranslation("campaign.error.name"))
                .bind(CampaignDraft::getName, CampaignDraft::setName);
        binder.forField(municipality).bind(CampaignDraft::getMunicipality, CampaignDraft::setMunicipality);
        binder.forField(firstDate).asRequired(getTranslation("campaign.error.dates"))
                .bind(CampaignDraft::getFirstDate, CampaignDraft::setFirstDate);
        binder.forField(lastDate).asRequired(getTranslation("campaign.error.dates"))
                .withValidator(last -> firstDate.getValue() == null || !last.isBefore(firstDate.getValue()),
                        getTranslation("campaign.error.dates"))
                .bind(CampaignDraft::getLastDate, CampaignDraft::setLastDate);
        binder.forField(partners).bind(CampaignDraft::getPartners, CampaignDraft::setPartners);

        add(name, municipality, firstDate, lastDate);
        add(partners, 2);
        add(new HorizontalLayout(save), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        edit(new CampaignDraft());
    }

    void edit(CampaignDraft campaign) {
        binder.readBean(campaign);
    }

    /** Fires {@link SaveEvent} with what is typed, or says what to fix first. */
    void save() {
        BinderValidationStatus<CampaignDraft> status = binder.validate();
        CampaignDraft edited = new CampaignDraft();
        if (status.isOk() && binder.writeBeanIfValid(edited)) {
            fireEvent(new SaveEvent(this, edited));
        } else {
            Notification.show(status.getValidationErrors().stream().map(ValidationResult::getErrorMessage)
                    .findFirst().orElse(getTranslation("campaign.error.dates")), 5000, Notification.Position.MIDDLE);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** "Save" with a campaign the Binder found nothing to fix in. */
    static final class SaveEvent extends FormEvent<CampaignForm, CampaignDraft> {

        SaveEvent(CampaignForm source, CampaignDraft value) {
            super(source, value);
        }
    }
}
