package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/** A date and time picker whose date part is a {@link StaffDatePicker}'s: the page's language, weeks from Monday. */
public class StaffDateTimePicker extends DateTimePicker implements LocaleChangeObserver {

    public StaffDateTimePicker(String label) {
        super(label);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setLocale(event.getLocale());
        setDatePickerI18n(StaffDatePicker.i18n(event.getLocale(), key -> getTranslation(key)));
    }
}
