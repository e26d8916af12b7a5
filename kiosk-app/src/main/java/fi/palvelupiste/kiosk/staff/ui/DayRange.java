package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A statistics page's days, from and to, with a CSV download of what the page shows; the page refreshes on
 * {@code changed}. Ids: {@code <id>-from}, {@code <id>-to}, {@code <id>-csv}.
 */
public class DayRange extends Composite<HorizontalLayout> {

    public final DatePicker from = new StaffDatePicker();
    public final DatePicker to = new StaffDatePicker();

    /** @param csv the file as it is when the link is clicked ({@link CsvDownload}) */
    public DayRange(String id, LocalDate first, LocalDate last, String csvName, Supplier<byte[]> csv,
                    Runnable changed) {
        from.setLabel(getTranslation("stats.from"));
        from.setId(id + "-from");
        from.setValue(first);
        to.setLabel(getTranslation("stats.to"));
        to.setId(id + "-to");
        to.setValue(last);
        from.addValueChangeListener(change -> changed.run());
        to.addValueChangeListener(change -> changed.run());
        Anchor download = new Anchor(CsvDownload.of(csvName, csv), getTranslation("stats.csv"));
        download.setId(id + "-csv");
        download.getElement().setAttribute("download", true);
        getContent().add(from, to, download);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
