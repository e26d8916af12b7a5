package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * On the hub: the sites whose kiosks offer something (an event, a ride on its own). Knows no service: it shows the
 * sites it is given, ticks the chosen ones and fires {@link SaveEvent} with their ids. Its texts are
 * {@code <texts>} (the label), {@code <texts>.heading}, {@code <texts>.none} and {@code <texts>.save}; its ids start
 * with {@code id}.
 *
 * @param <T> a site as the feature lists it
 */
public class SitesChoice<T> extends VerticalLayout {

    public final CheckboxGroup<T> sites = new CheckboxGroup<>();
    public final Button save;
    private final Paragraph none;
    private final Function<T, String> idOf;

    public SitesChoice(String id, String texts, Function<T, String> idOf, ItemLabelGenerator<T> label) {
        this.idOf = idOf;
        setPadding(false);
        setId(id);
        save = new Button(getTranslation(texts + ".save"));
        none = new Paragraph(getTranslation(texts + ".none"));
        sites.setId(id + "-choice");
        sites.setLabel(getTranslation(texts));
        sites.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        sites.setItemLabelGenerator(label);
        save.setId(id + "-save");
        save.addClickListener(click -> fireEvent(new SaveEvent(this,
                sites.getValue().stream().map(idOf).collect(Collectors.toSet()))));
        add(new H2(getTranslation(texts + ".heading")), none, sites, save);
    }

    public void show(List<T> all, Set<String> chosen) {
        sites.setItems(all);
        sites.setValue(all.stream().filter(site -> chosen.contains(idOf.apply(site))).collect(Collectors.toSet()));
        none.setVisible(chosen.isEmpty());
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The sites chosen when "save" was touched. */
    public static final class SaveEvent extends ComponentEvent<SitesChoice<?>> {
        private final Set<String> siteIds;

        SaveEvent(SitesChoice<?> source, Set<String> siteIds) {
            super(source, false);
            this.siteIds = siteIds;
        }

        public Set<String> siteIds() {
            return siteIds;
        }
    }
}
