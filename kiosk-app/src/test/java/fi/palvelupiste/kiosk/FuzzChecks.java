package fi.palvelupiste.kiosk;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.escpos.PrinterText;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptCodec;
import fi.palvelupiste.hardware.receipt.ReceiptElement;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.i18n.LocalizedText;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties every fuzzed field must keep, checked the same way everywhere: paper, CSV, storage, messages. */
public final class FuzzChecks {

    /** What the virtual printer's text renderer shows for a byte that is no command and no character. */
    private static final char STRAY = '·';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final java.util.Map<String, Integer> COLUMN_LENGTHS = new java.util.concurrent.ConcurrentHashMap<>();

    private FuzzChecks() {
    }

    /**
     * The print job's slip, as stored and encoded for the attached printer, holds no control byte but the encoder's
     * own commands: read back by the virtual printer, whose parser skips every command whole and shows any other
     * control byte as {@value #STRAY}, the paper has exactly the {@value #STRAY} characters the texts themselves
     * have, no control character and no line wider than the paper.
     */
    public static String assertPrintable(PrintJobService printing, EscPosEncoder encoder, PrinterProfile profile,
                                         long jobId) {
        String document = printing.find(jobId).orElseThrow().document();
        Receipt receipt = ReceiptCodec.decode(document);
        byte[] bytes = encoder.encode(receipt);
        String paper = new EscPosTextRenderer(profile.columns()).render(bytes);
        assertThat(count(paper)).as("control bytes outside the encoder's commands on %s", paper)
                .isEqualTo(expectedStrays(receipt, encoder, profile));
        for (String line : paper.split("\n", -1)) {
            assertThat(line.codePoints().filter(Character::isISOControl).count()).as("controls in '%s'", line).isZero();
            assertThat(line.codePointCount(0, line.length())).as("width of '%s'", line)
                    .isLessThanOrEqualTo(profile.columns());
        }
        return paper;
    }

    /** The texts' own {@value #STRAY} characters, but those of a paragraph the printer draws as a picture. */
    private static long expectedStrays(Receipt receipt, EscPosEncoder encoder, PrinterProfile profile) {
        long strays = 0;
        for (ReceiptElement element : receipt.elements()) {
            if (element instanceof ReceiptElement.Text text) {
                for (String paragraph : text.text().split("\\R", -1)) {
                    if (!encoder.printsAsPicture(paragraph)) {
                        strays += count(PrinterText.sanitize(paragraph, profile.codePage()));
                    }
                }
            } else if (element instanceof ReceiptElement.QrCode qr) {
                strays += qr.data().codePoints().filter(cp -> cp == STRAY || Character.isISOControl(cp)).count();
            }
        }
        return strays;
    }

    private static long count(String text) {
        return text.chars().filter(c -> c == STRAY).count();
    }

    /**
     * A CSV export keeps its shape (every row as many cells as the header) and no cell, read as a spreadsheet reads
     * it, starts with = + - @ tab or carriage return: such a cell would be run as a formula.
     */
    public static List<List<String>> assertNoFormula(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = parseCsv(text.substring(1));
        assertThat(rows).isNotEmpty();
        int columns = rows.getFirst().size();
        for (List<String> row : rows) {
            assertThat(row).as("cells of %s", row).hasSize(columns);
            for (String cell : row) {
                assertThat(!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0)
                        .as("cell %s starts a formula", FuzzText.visible(cell)).isFalse();
            }
        }
        return rows;
    }

    /** Excel's reading of a CSV with {@code ;} between cells and {@code "} around them ({@code ""} inside). */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("an unclosed quote").isFalse();
        assertThat(cell.isEmpty() && row.isEmpty()).as("rows end with CR LF").isTrue();
        return rows;
    }

    /**
     * A stored text is what the validator accepted, fits its column and holds no control, format or unpaired
     * surrogate character (a line feed only where the field has several lines).
     */
    public static void assertStored(String stored, String accepted, int columnLength, boolean multiline) {
        assertThat(stored).isEqualTo(accepted);
        assertThat(stored.length()).isLessThanOrEqualTo(columnLength);
        assertThat(stored.codePoints().filter(cp -> Character.isISOControl(cp) && !(multiline && cp == '\n')
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE))
                .as("control characters in %s", FuzzText.visible(stored)).isEmpty();
    }

    /** The declared length of a text column, from the database itself. */
    public static int columnLength(JdbcClient jdbc, String table, String column) {
        return COLUMN_LENGTHS.computeIfAbsent(table + "." + column, key -> jdbc.sql("""
                SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS
                 WHERE TABLE_NAME = :table AND COLUMN_NAME = :column""")
                .param("table", table.toUpperCase(Locale.ROOT)).param("column", column.toUpperCase(Locale.ROOT))
                .query(Integer.class).single());
    }

    /**
     * The rule for staff's texts, written out plainly as the oracle of the fuzz: after dropping the spaces around
     * it, the text fits the column and holds no control character (but a line break in a field of several lines),
     * no format character, no unpaired surrogate and no line or paragraph separator.
     */
    public static boolean acceptable(String typed, int columnLength, boolean multiline) {
        String text = cleaned(typed, multiline);
        return text.length() <= columnLength && text.codePoints().noneMatch(cp -> {
            int type = Character.getType(cp);
            return Character.isISOControl(cp) && !(multiline && cp == '\n') || type == Character.FORMAT
                    || type == Character.SURROGATE || cp == 0x2028 || cp == 0x2029;
        });
    }

    /** A staff text as it should be stored: spaces around it dropped; line breaks as LF. */
    public static String cleaned(String typed, boolean multiline) {
        String text = typed == null ? "" : typed.strip();
        return multiline ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    /**
     * A message shown to a person: there, and translated (a missing key would show as !key!). Every message key has a
     * dot in it ("forms.title"), so a typed text that happens to hold "!f!" is not taken for one.
     */
    public static void assertTranslated(String message) {
        assertThat(message).isNotBlank();
        assertThat(message).as("an untranslated key").doesNotMatch("(?s).*![a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+!.*");
    }

    /** The columns of texts written in every language: {@code name_fi … name_et, hint_fi …}, field by field. */
    public static List<String> localizedColumns(String... fields) {
        return Arrays.stream(fields).flatMap(field -> Language.writtenTexts().stream()
                .map(language -> field + "_" + language.code())).toList();
    }

    /** {@link Language#writtenTexts()}'s count of typed texts, in its order, as one text. */
    public static LocalizedText localized(List<String> typed) {
        java.util.Map<Language, String> texts = new EnumMap<>(Language.class);
        for (int i = 0; i < Language.writtenTexts().size(); i++) {
            texts.put(Language.writtenTexts().get(i), typed.get(i));
        }
        return new LocalizedText(texts);
    }

    /** What is stored of texts written in every language, in the order of {@link #localizedColumns}. */
    public static List<String> inEveryLanguage(LocalizedText... texts) {
        return Arrays.stream(texts).flatMap(text -> Language.writtenTexts().stream().map(text::in)).toList();
    }
}
