package fi.palvelupiste.kiosk.signup.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import fi.palvelupiste.kiosk.signup.Slot;
import fi.palvelupiste.kiosk.staff.ui.FormEvent;
import org.jspecify.annotations.Nullable;

import java.time.LocalTime;
import java.util.List;

/**
 * An event's time slots: made from a start, an end, a length and a number of people, then each changed or removed
 * on its own row. Knows no service: it fires {@link GenerateEvent}, {@link ChangeEvent} and {@link DeleteEvent},
 * and shows the slots it is given.
 */
class SlotsEditor extends VerticalLayout {

    /** Slots every {@code minutes} from {@code start} until {@code end}, each for {@code capacity} people. */
    record Generation(@Nullable LocalTime start, @Nullable LocalTime end, int minutes,
                      int capacity) {
    }

    /** A slot with its new times and number of people. */
    record Change(Slot slot, @Nullable LocalTime start, @Nullable LocalTime end, int capacity) {
    }

    final TimePicker start = new TimePicker(getTranslation("slots.start"));
    final TimePicker end = new TimePicker(getTranslation("slots.end"));
    final IntegerField minutes = new IntegerField(getTranslation("slots.minutes"));
    final IntegerField capacity = new IntegerField(getTranslation("slots.capacity"));
    final Button generate = new Button(getTranslation("slots.generate"));
    final Grid<Slot> grid = new Grid<>();

    SlotsEditor() {
        setPadding(false);
        start.setId("slots-start");
        end.setId("slots-end");
        minutes.setId("slots-minutes");
        minutes.setMin(1);
        capacity.setId("slots-capacity");
        capacity.setMin(1);
        generate.setId("slots-generate");
        generate.addClickListener(click -> fireEvent(new GenerateEvent(this, new Generation(start.getValue(),
                end.getValue(), orZero(minutes.getValue()), orZero(capacity.getValue())))));
        HorizontalLayout generator = new HorizontalLayout(start, end, minutes, capacity, generate);
        generator.setAlignItems(FlexComponent.Alignment.END);
        generator.setWrap(true);

        grid.setId("slots-grid");
        grid.addComponentColumn(this::row).setHeader(getTranslation("slots.slot")).setFlexGrow(1);
        grid.addColumn(Slot::booked).setHeader(getTranslation("slots.booked")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("slots.heading")), new Paragraph(getTranslation("slots.hint")), generator, grid);
    }

    void show(List<Slot> slots) {
        grid.setItems(slots);
    }

    private HorizontalLayout row(Slot slot) {
        TimePicker from = new TimePicker(slot.startsAt());
        from.setId("slot-start-" + slot.id());
        from.setAriaLabel(getTranslation("slots.start"));
        TimePicker until = new TimePicker(slot.endsAt());
        until.setId("slot-end-" + slot.id());
        until.setAriaLabel(getTranslation("slots.end"));
        IntegerField people = new IntegerField();
        people.setValue(slot.capacity());
        people.setId("slot-capacity-" + slot.id());
        people.setAriaLabel(getTranslation("slots.capacity"));
        people.setWidth("6em");
        Button change = new Button(getTranslation("slots.save"), click -> fireEvent(new ChangeEvent(this,
                new Change(slot, from.getValue(), until.getValue(), orZero(people.getValue())))));
        change.setId("slot-save-" + slot.id());
        Button remove = new Button(getTranslation("slots.delete"), click -> fireEvent(new DeleteEvent(this, slot)));
        remove.setId("slot-delete-" + slot.id());
        remove.setEnabled(slot.booked() == 0);
        HorizontalLayout row = new HorizontalLayout(from, until, people, change, remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    Registration addGenerateListener(ComponentEventListener<GenerateEvent> listener) {
        return addListener(GenerateEvent.class, listener);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** "Make the slots". */
    static final class GenerateEvent extends FormEvent<SlotsEditor, Generation> {

        GenerateEvent(SlotsEditor source, Generation value) {
            super(source, value);
        }
    }

    /** "Save" on a slot's row. */
    static final class ChangeEvent extends FormEvent<SlotsEditor, Change> {

        ChangeEvent(SlotsEditor source, Change value) {
            super(source, value);
        }
    }

    /** "Remove" on a slot's row (only a slot nobody has booked). */
    static final class DeleteEvent extends FormEvent<SlotsEditor, Slot> {

        DeleteEvent(SlotsEditor source, Slot value) {
            super(source, value);
        }
    }
}
