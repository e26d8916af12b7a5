package fi.palvelupiste.kiosk.staff.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * The table of a personal list printed on A4 from the browser. Its phone column never breaks across lines: whoever
 * calls types the number in whole from paper.
 */
public class A4Table extends NativeTable {

    /** The class that keeps a phone on one line on paper (styles.css). */
    public static final String PHONE_CLASS = "a4-phone";

    private final int phoneColumn;

    /** @param phoneColumn the column (from 0) that holds phone numbers */
    public A4Table(int phoneColumn) {
        this.phoneColumn = phoneColumn;
        setId("a4-table");
    }

    public void header(List<String> headings) {
        NativeTableRow head = getHead().addRow();
        headings.forEach(text -> head.addHeaderCell().setText(text));
    }

    public void row(List<String> cells) {
        NativeTableRow line = getBody().addRow();
        for (int column = 0; column < cells.size(); column++) {
            NativeTableCell cell = line.addDataCell();
            cell.setText(cells.get(column));
            if (column == phoneColumn) {
                cell.addClassName(PHONE_CLASS);
            }
        }
    }
}
