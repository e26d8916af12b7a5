package fi.palvelupiste.hardware.receipt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCodecPropertiesTest {

    @Provide
    Arbitrary<Receipt> receipts() {
        Arbitrary<String> strings = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\\n\r\n tex rule cut feed qr logo").ofMaxLength(40));
        Arbitrary<TextStyle> styles = Combinators.combine(Arbitraries.of(TextSize.class), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(Align.class)).as(TextStyle::new);
        Arbitrary<ReceiptElement> text = Combinators.combine(strings, styles).as(ReceiptElement.Text::new);
        Arbitrary<ReceiptElement> qr = strings.filter(s -> !s.isEmpty()).map(ReceiptElement.QrCode::new);
        Arbitrary<ReceiptElement> element = Arbitraries.oneOf(text, qr,
                Arbitraries.integers().between(1, 255).map(ReceiptElement.Feed::new),
                Arbitraries.just(new ReceiptElement.Rule()), Arbitraries.just(new ReceiptElement.Cut()),
                Arbitraries.just(new ReceiptElement.Logo()));
        return element.list().ofMaxSize(12).map(Receipt::new);
    }

    @Property(tries = 2000)
    void any_receipt_survives_storing_and_reading_back(@ForAll("receipts") Receipt receipt) {
        assertThat(ReceiptCodec.decode(ReceiptCodec.encode(receipt))).isEqualTo(receipt);
    }

    @Example
    void backslashes_and_line_breaks_in_text_are_kept() {
        Receipt receipt = Receipt.builder().text("C:\\temp\\new\nline\\n\r").qr("https://x/\\n").logo().build();
        String stored = ReceiptCodec.encode(receipt);
        assertThat(stored.lines().toList()).hasSize(3);
        assertThat(ReceiptCodec.decode(stored)).isEqualTo(receipt);
    }

    @Example
    void a_stored_document_with_windows_line_endings_still_decodes() {
        Receipt receipt = Receipt.builder().text("a").rule().cut().build();
        assertThat(ReceiptCodec.decode(ReceiptCodec.encode(receipt).replace("\n", "\r\n"))).isEqualTo(receipt);
        assertThat(receipt.elements()).isEqualTo(List.of(new ReceiptElement.Text("a", TextStyle.PLAIN),
                new ReceiptElement.Rule(), new ReceiptElement.Cut()));
    }
}
