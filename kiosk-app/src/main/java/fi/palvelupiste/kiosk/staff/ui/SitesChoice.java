package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.signup.SiteChoices.SiteChoice;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On the hub: the sites whose kiosks offer an event. Knows no service: it shows the sites it is given, ticks the
 * chosen ones and fires {@link SaveEvent} with the ids.
 */
class EventSites extends VerticalLayout {

    final CheckboxGroup<SiteChoice> sites = new CheckboxGroup<>();
    final Button save = new Button(getTranslation("events.sites.save"));
    private final Paragraph none = new Paragraph(getTranslation("events.sites.none"));

    EventSites() {
        setPadding(false);
        setId("event-sites");
        sites.setId("event-sites-choice");
        sites.setLabel(getTranslation("events.sites"));
        sites.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        sites.setItemLabelGenerator(site -> site.name() + " (" + site.municipality() + ")");
        save.setId("event-sites-save");
        save.addClickListener(click -> fireEvent(new SaveEvent(this,
                sites.getValue().stream().map(SiteChoice::id).collect(Collectors.toSet()))));
        add(new H2(getTranslation("events.sites.heading")), none, sites, save);
    }

    void show(List<SiteChoice> all, Set<String> chosen) {
        sites.setItems(all);
        sites.setValue(all.stream().filter(site -> chosen.contains(site.id())).collect(Collectors.toSet()));
        none.setVisible(chosen.isEmpty());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<EventSites> {
        private final Set<String> siteIds;

        SaveEvent(EventSites source, Set<String> siteIds) {
            super(source, false);
            this.siteIds = siteIds;
        }

        Set<String> siteIds() {
            return siteIds;
        }
    }
}
