package fi.palvelupiste.kiosk.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every CSV the kiosk exports, written the one way that Finnish Excel opens as it is: UTF-8 with a byte-order mark
 * (so å ä ö show right), {@code ;} between cells (Finnish Excel's list separator), CR LF after each row, {@code "}
 * around a cell ({@code ""} inside it). A cell that starts with = + - @, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet shows it as text and never runs it as a formula. Written with Apache Commons CSV.
 */
public final class SpreadsheetCsv {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final SpreadsheetCsv TEXTS = new SpreadsheetCsv(QuoteMode.ALL, true);
    private static final SpreadsheetCsv FIGURES = new SpreadsheetCsv(QuoteMode.MINIMAL, false);

    private final CSVFormat format;
    private final boolean oneLinePerRow;

    private SpreadsheetCsv(QuoteMode quoting, boolean oneLinePerRow) {
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(';')
                .setQuote('"')
                .setRecordSeparator("\r\n")
                .setQuoteMode(quoting)
                .get();
        this.oneLinePerRow = oneLinePerRow;
    }

    /**
     * For lists of people and their texts (sign-up lists, ride manifests): every cell quoted, and a line break
     * inside a cell made a space, so that each person stays on one line of the sheet.
     */
    public static SpreadsheetCsv texts() {
        return TEXTS;
    }

    /**
     * For figures (queue statistics): a cell is quoted only where it must be (a {@code ;}, a quote or a line break
     * in it), so that numbers and dates are read as numbers and dates; texts keep their line breaks.
     */
    public static SpreadsheetCsv figures() {
        return FIGURES;
    }

    /** The rows as the bytes of a file; a missing cell is empty. */
    public byte[] write(List<? extends List<? extends @Nullable String>> rows) {
        StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (List<? extends @Nullable String> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (String value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException cannotHappen) {
            // a StringBuilder does not fail
            throw new UncheckedIOException(cannotHappen);
        }
        // an unpaired surrogate, which UTF-8 cannot carry, becomes '?'
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell's text before quoting: flattened if the rows are one line each, and a formula start defused. */
    private String cell(@Nullable String value) {
        String text = value == null ? "" : value;
        if (oneLinePerRow) {
            text = text.replace("\r\n", " ").replace('\n', ' ');
        }
        return defused(text);
    }

    /** The text with an apostrophe in front if a spreadsheet would otherwise run it as a formula. */
    public static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
