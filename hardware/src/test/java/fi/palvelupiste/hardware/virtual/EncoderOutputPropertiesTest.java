package fi.palvelupiste.hardware.virtual;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Align;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptElement;
import fi.palvelupiste.hardware.receipt.TextSize;
import fi.palvelupiste.hardware.receipt.TextStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text a resident types, the printer gets only the encoder's own commands and printable bytes:
 * read back by the virtual printer's parser, there is no stray control byte, and no line is wider than the paper.
 */
class EncoderOutputPropertiesTest {

    @Provide
    Arbitrary<Receipt> textReceipts() {
        Arbitrary<String> strings = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(120));
        Arbitrary<TextStyle> styles = Combinators.combine(Arbitraries.of(TextSize.class), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(Align.class)).as(TextStyle::new);
        Arbitrary<ReceiptElement> element = Arbitraries.oneOf(
                Combinators.combine(strings, styles).as(ReceiptElement.Text::new),
                Arbitraries.integers().between(1, 5).map(ReceiptElement.Feed::new),
                Arbitraries.just(new ReceiptElement.Rule()), Arbitraries.just(new ReceiptElement.Cut()),
                Arbitraries.just(new ReceiptElement.Logo()));
        return element.list().ofMaxSize(8).map(Receipt::new);
    }

    @Property(tries = 1000)
    void any_text_gives_no_stray_control_byte_and_no_line_wider_than_the_paper(
            @ForAll("textReceipts") Receipt receipt, @ForAll boolean wide) {
        PrinterProfile profile = wide ? PrinterProfile.EPSON_80MM.withNvLogo(true) : PrinterProfile.GENERIC_58MM;
        byte[] bytes = new EscPosEncoder(profile).encode(receipt);

        List<Integer> stray = new ArrayList<>();
        EscPosParser.parse(bytes, new EscPosParser.Handler() {
            @Override
            public void strayControl(int b) {
                stray.add(b);
            }
        });
        assertThat(stray).as("control bytes outside commands").isEmpty();

        String text = new EscPosTextRenderer(profile.columns()).render(bytes);
        for (String line : text.split("\n", -1)) {
            assertThat(line.codePointCount(0, line.length())).as("width of '%s'", line)
                    .isLessThanOrEqualTo(profile.columns());
            assertThat(line.chars().filter(Character::isISOControl).count()).as("controls in '%s'", line).isZero();
        }
    }

    /** Words in one script each: Finnish, Swedish and Estonian letters, Ukrainian and Russian Cyrillic, digits. */
    @Provide
    Arbitrary<String> residentText() {
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzåäöõüšžÅÄÖÕÜŠŽ")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> cyrillic = Arbitraries.strings()
                .withChars("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> word = Arbitraries.oneOf(latin, cyrillic, digits);
        // one script per paragraph, as the kiosk's slips have: the encoder picks one table a paragraph
        Arbitrary<String> paragraph = Arbitraries.oneOf(Combinators.combine(latin.list().ofMinSize(1).ofMaxSize(6),
                digits).as((words, number) -> String.join(" ", words) + " " + number),
                cyrillic.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words)), word);
        return paragraph.list().ofMinSize(1).ofMaxSize(4).map(paragraphs -> String.join("\n", paragraphs));
    }

    @Property(tries = 300)
    void text_in_the_residents_scripts_reads_back_from_the_paper_as_it_was_written(
            @ForAll("residentText") String text, @ForAll boolean wide) {
        PrinterProfile profile = wide ? PrinterProfile.EPSON_80MM : PrinterProfile.GENERIC_58MM;
        byte[] bytes = new EscPosEncoder(profile).encode(Receipt.builder().text(text).build());
        String paper = new EscPosTextRenderer(profile.columns()).render(bytes);
        assertThat(paper).doesNotContain("?");
        assertThat(String.join(" ", paper.strip().split("\\s+")))
                .as("the words in order, wherever the lines were broken")
                .isEqualTo(String.join(" ", text.strip().split("\\s+")));
    }

    @Provide
    Arbitrary<String> qrData() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(200));
    }

    @Property(tries = 40)
    void any_qr_data_is_a_well_formed_command_that_reads_back_as_the_same_text(@ForAll("qrData") String data,
                                                                             @ForAll boolean nativeQr) {
        PrinterProfile profile = PrinterProfile.GENERIC_58MM.withNativeQr(nativeQr);
        byte[] bytes = new EscPosEncoder(profile).encode(Receipt.builder().text("x").qr(data).text("y").build());
        List<String> seen = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        EscPosParser.parse(bytes, new EscPosParser.Handler() {
            @Override
            public void strayControl(int b) {
                stray.add(b);
            }

            @Override
            public void character(char c) {
                seen.add(String.valueOf(c));
            }
        });
        assertThat(stray).isEmpty();
        assertThat(String.join("", seen)).isEqualTo("xy");
        String utf8RoundTrip = new String(data.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);
        String text = new EscPosTextRenderer(profile.columns()).render(bytes);
        String visible = utf8RoundTrip.codePoints().map(cp -> Character.isISOControl(cp) ? '·' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(text).contains(EscPosTextRenderer.QR_MARK + "\n");
        assertThat(text.substring(text.indexOf(EscPosTextRenderer.QR_MARK + "\n") + 5).replace("\n", ""))
                .startsWith(visible);
    }
}
