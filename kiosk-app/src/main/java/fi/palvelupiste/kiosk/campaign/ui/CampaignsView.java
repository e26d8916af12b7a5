package fi.palvelupiste.kiosk.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.palvelupiste.kiosk.ChangeRefusedException;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.campaign.Campaign;
import fi.palvelupiste.kiosk.campaign.CampaignDraft;
import fi.palvelupiste.kiosk.campaign.CampaignPart;
import fi.palvelupiste.kiosk.campaign.Campaigns;
import fi.palvelupiste.kiosk.forms.FormSummary;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.ride.Ride;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupTexts;
import fi.palvelupiste.kiosk.staff.ui.StaffActor;
import fi.palvelupiste.kiosk.staff.ui.StaffDatePicker;
import fi.palvelupiste.kiosk.staff.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The coordinator's campaigns: every round with its dates; a round's details, its events, rides and forms (and adding
 * existing ones to it), "Copy for the next round" with a new first day, publishing a copied round to residents, and
 * the municipality's number of residents for the funders' report, which opens from here.
 */
@Route(value = "campaigns", layout = StaffLayout.class)
@Menu(title = "campaign.menu", order = 15)
@RolesAllowed(Role.COORDINATOR_ROLE)
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    private final Campaigns campaigns;
    private final SignupTexts texts;
    private final Actor actor;

    final Button create = new Button();
    final Grid<Campaign> grid = new Grid<>();
    final CampaignForm form = new CampaignForm();
    @Nullable Campaign chosen;
    final VerticalLayout detail = new VerticalLayout();
    final Grid<CampaignPart> parts = new Grid<>();
    final ComboBox<SignupEvent> eventToAdd = new ComboBox<>();
    final ComboBox<Ride> rideToAdd = new ComboBox<>();
    final ComboBox<FormSummary> formToAdd = new ComboBox<>();
    final Button addEvent = new Button();
    final Button addRide = new Button();
    final Button addForm = new Button();
    final DatePicker nextFirstDate = new StaffDatePicker();
    final Button copy = new Button();
    final Button publish = new Button();
    final IntegerField population = new IntegerField();
    final Button savePopulation = new Button();
    final Button report = new Button();

    CampaignsView(Campaigns campaigns, SignupTexts texts, AuthenticationContext authentication) {
        this.campaigns = campaigns;
        this.texts = texts;
        this.actor = StaffActor.of(authentication);
        setId("campaigns");
        Locale locale = getLocale();
        create.setText(getTranslation("campaign.new"));
        create.setId("campaign-new");
        create.addClickListener(click -> {
            grid.deselectAll();
            form.edit(new CampaignDraft());
        });
        grid.setId("campaigns-grid");
        grid.addColumn(Campaign::name).setKey("name").setHeader(getTranslation("campaign.name")).setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(Campaign::municipality).setKey("municipality").setHeader(getTranslation("campaign.municipality"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(c -> texts.day(c.firstDate(), locale) + " – " + texts.day(c.lastDate(), locale))
                .setKey("dates").setHeader(getTranslation("campaign.dates")).setComparator(Campaign::firstDate)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> choose(change.getValue()));
        form.addSaveListener(save -> save(save.value()));

        parts.setId("campaign-parts");
        parts.addColumn(p -> getTranslation("campaign.kind." + p.kind().name().toLowerCase(Locale.ROOT)))
                .setKey("kind").setHeader(getTranslation("campaign.kind")).setAutoWidth(true);
        parts.addColumn(CampaignPart::title).setKey("title").setHeader(getTranslation("campaign.title")).setFlexGrow(1);
        parts.addColumn(p -> p.date() == null ? "" : texts.day(p.date(), locale)).setKey("date")
                .setHeader(getTranslation("campaign.date")).setAutoWidth(true);
        parts.addColumn(p -> p.kind() == CampaignPart.Kind.FORM ? ""
                        : getTranslation(p.draft() ? "campaign.state.draft" : "campaign.state.published"))
                .setKey("state").setHeader(getTranslation("campaign.state")).setAutoWidth(true);
        parts.setAllRowsVisible(true);

        eventToAdd.setId("campaign-event");
        eventToAdd.setLabel(getTranslation("campaign.add-event"));
        eventToAdd.setItemLabelGenerator(e -> e.title().in(Language.FI) + ", " + texts.day(e.date(), locale));
        rideToAdd.setId("campaign-ride");
        rideToAdd.setLabel(getTranslation("campaign.add-ride"));
        rideToAdd.setItemLabelGenerator(r -> r.name().in(Language.FI) + ", " + texts.day(r.date(), locale));
        formToAdd.setId("campaign-form");
        formToAdd.setLabel(getTranslation("campaign.add-form"));
        formToAdd.setItemLabelGenerator(FormSummary::title);
        HorizontalLayout adding = new HorizontalLayout(
                adder(eventToAdd, addEvent, "campaign-add-event", e -> campaigns.addEvent(chosenId(), e.id(), actor)),
                adder(rideToAdd, addRide, "campaign-add-ride", r -> campaigns.addRide(chosenId(), r.id(), actor)),
                adder(formToAdd, addForm, "campaign-add-form", f -> campaigns.addForm(chosenId(), f.publicId(), actor)));
        adding.setWrap(true);

        nextFirstDate.setId("campaign-next-date");
        nextFirstDate.setLabel(getTranslation("campaign.next-date"));
        copy.setText(getTranslation("campaign.copy"));
        copy.setId("campaign-copy");
        copy.addClickListener(click -> copyForNextRound());
        publish.setText(getTranslation("campaign.publish"));
        publish.setId("campaign-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> publish());
        HorizontalLayout nextRound = new HorizontalLayout(nextFirstDate, copy, publish);
        nextRound.setAlignItems(FlexComponent.Alignment.BASELINE);
        nextRound.setWrap(true);

        population.setId("campaign-population");
        population.setMin(1);
        savePopulation.setText(getTranslation("campaign.population.save"));
        savePopulation.setId("campaign-population-save");
        savePopulation.addClickListener(click -> savePopulation());
        HorizontalLayout residents = new HorizontalLayout(population, savePopulation);
        residents.setAlignItems(FlexComponent.Alignment.BASELINE);

        report.setText(getTranslation("report.button"));
        report.setId("campaign-report-open");
        report.addClickListener(click -> report.getUI().ifPresent(ui -> ui.navigate(CampaignReportView.class,
                new RouteParameters(CampaignReportView.CAMPAIGN_PARAMETER, String.valueOf(chosenId())))));

        detail.setId("campaign-detail");
        detail.setPadding(false);
        detail.setVisible(false);
        detail.add(report, new H2(getTranslation("campaign.parts")), parts, adding,
                new H2(getTranslation("campaign.next-round")), new Paragraph(getTranslation("campaign.next-round.help")),
                nextRound, new H2(getTranslation("campaign.population")), residents);
        add(new H1(getTranslation("campaign.heading")), create, grid, form, detail);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("campaign.heading"));
    }

    void refresh() {
        grid.setItems(campaigns.campaigns());
    }

    void save(CampaignDraft draft) {
        refused(() -> {
            long id = campaigns.save(chosen == null ? null : chosen.id(), draft, actor);
            select(id);
            Notification.show(getTranslation("campaign.saved"), 3000, Notification.Position.TOP_CENTER);
        });
    }

    void choose(@Nullable Campaign campaign) {
        chosen = campaign;
        detail.setVisible(campaign != null);
        if (campaign == null) {
            return;
        }
        form.edit(CampaignDraft.of(campaign));
        showParts();
        population.setLabel(getTranslation("campaign.population.of", campaign.municipality()));
        population.setValue(campaigns.population(campaign.municipality()).orElse(null));
        savePopulation.setEnabled(!campaign.municipality().isBlank());
    }

    private void showParts() {
        var shown = campaigns.parts(chosenId());
        parts.setItems(shown);
        publish.setEnabled(shown.stream().anyMatch(CampaignPart::draft));
        eventToAdd.setItems(campaigns.eventsToAdd());
        rideToAdd.setItems(campaigns.ridesToAdd());
        formToAdd.setItems(campaigns.formsToAdd());
    }

    void copyForNextRound() {
        refused(() -> {
            long id = campaigns.copyForNextRound(chosenId(), nextFirstDate.getValue(), actor);
            nextFirstDate.clear();
            select(id);
            Notification.show(getTranslation("campaign.copied"), 5000, Notification.Position.TOP_CENTER);
        });
    }

    void publish() {
        refused(() -> {
            int published = campaigns.publish(chosenId(), actor);
            showParts();
            Notification.show(getTranslation("campaign.published", published), 4000, Notification.Position.TOP_CENTER);
        });
    }

    void savePopulation() {
        refused(() -> {
            campaigns.savePopulation(chosen == null ? "" : chosen.municipality(), population.getValue(), actor);
            Notification.show(getTranslation("campaign.population.saved"), 3000, Notification.Position.TOP_CENTER);
        });
    }

    /** A choice of what to add and its "Add" button; the list is read again after each addition. */
    private <T> HorizontalLayout adder(ComboBox<T> choice, Button button, String buttonId, Consumer<T> add) {
        button.setText(getTranslation("campaign.add"));
        button.addClickListener(click -> {
            T chosenItem = choice.getValue();
            if (chosenItem != null) {
                refused(() -> {
                    add.accept(chosenItem);
                    choice.clear();
                    showParts();
                });
            }
        });
        button.setId(buttonId);
        HorizontalLayout row = new HorizontalLayout(choice, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void select(long campaignId) {
        refresh();
        campaigns.campaign(campaignId).ifPresent(grid::select);
    }

    private long chosenId() {
        if (chosen == null) {
            throw new IllegalStateException("no campaign chosen");
        }
        return chosen.id();
    }

    /** Runs a change and shows what the service refused, in the coordinator's language. */
    private void refused(Runnable change) {
        try {
            change.run();
        } catch (ChangeRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.messageArguments(this::getTranslation)),
                    5000, Notification.Position.MIDDLE);
        }
    }
}
