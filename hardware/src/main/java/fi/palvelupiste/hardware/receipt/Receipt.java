package fi.palvelupiste.hardware.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed slip as a printer-independent document: a queue ticket, a confirmation, a form.
 * Features build one with {@link #builder()}; the ESC/POS encoder turns it into bytes for a profile.
 */
public record Receipt(List<ReceiptElement> elements) {

    public Receipt {
        elements = List.copyOf(elements);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<ReceiptElement> elements = new ArrayList<>();
        private TextStyle style = TextStyle.PLAIN;

        private Builder() {
        }

        /** Sets the style for the following text until changed. */
        public Builder style(TextStyle newStyle) {
            this.style = newStyle;
            return this;
        }

        public Builder align(Align align) {
            this.style = style.withAlign(align);
            return this;
        }

        public Builder size(TextSize size) {
            this.style = style.withSize(size);
            return this;
        }

        public Builder bold(boolean bold) {
            this.style = style.withBold(bold);
            return this;
        }

        public Builder underline(boolean underline) {
            this.style = style.withUnderline(underline);
            return this;
        }

        public Builder text(String text) {
            elements.add(new ReceiptElement.Text(text, style));
            return this;
        }

        public Builder rule() {
            elements.add(new ReceiptElement.Rule());
            return this;
        }

        public Builder feed(int lines) {
            elements.add(new ReceiptElement.Feed(lines));
            return this;
        }

        /** A QR code (a URL or reference code), centred on its own. */
        public Builder qr(String data) {
            elements.add(new ReceiptElement.QrCode(data));
            return this;
        }

        /** The site logo stored in the printer, where the profile says one is stored. */
        public Builder logo() {
            elements.add(new ReceiptElement.Logo());
            return this;
        }

        public Builder cut() {
            elements.add(new ReceiptElement.Cut());
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }
}
