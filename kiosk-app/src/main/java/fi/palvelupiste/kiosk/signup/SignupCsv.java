package fi.palvelupiste.kiosk.signup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so å ä ö show right), {@code ;} between cells (Finnish Excel's
 * list separator), every cell quoted. A cell that starts with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe, so a spreadsheet shows it as text and never runs it as a formula.
 */
public final class SignupCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SignupCsv() {
    }

    public static byte[] write(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(';');
                }
                text.append(cell(row.get(i)));
            }
            text.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One cell, quoted, line breaks flattened, formulas defused. */
    static String cell(String value) {
        String text = value == null ? "" : value.replace("\r\n", " ").replace('\n', ' ');
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
