package fi.palvelupiste.hardware.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Receipt} into a line-based text and back, so that a print job can store the
 * document itself (not printer bytes) and be encoded for whatever printer is attached when it prints.
 * One element per line: {@code text SIZE ALIGN flags escaped-text}, {@code rule}, {@code feed N}, {@code cut},
 * {@code qr escaped-data}, {@code logo}. Backslash, line feed and carriage return are escaped, so any string survives.
 */
public final class ReceiptCodec {

    private ReceiptCodec() {
    }

    public static String encode(Receipt receipt) {
        StringBuilder out = new StringBuilder();
        for (ReceiptElement element : receipt.elements()) {
            switch (element) {
                case ReceiptElement.Text text -> out.append("text ")
                        .append(text.style().size()).append(' ')
                        .append(text.style().align()).append(' ')
                        .append(text.style().bold() ? 'B' : '-')
                        .append(text.style().underline() ? 'U' : '-').append(' ')
                        .append(escape(text.text()));
                case ReceiptElement.Rule rule -> out.append("rule");
                case ReceiptElement.Feed feed -> out.append("feed ").append(feed.lines());
                case ReceiptElement.Cut cut -> out.append("cut");
                case ReceiptElement.QrCode qr -> out.append("qr ").append(escape(qr.data()));
                case ReceiptElement.Logo logo -> out.append("logo");
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static Receipt decode(String stored) {
        List<ReceiptElement> elements = new ArrayList<>();
        for (String storedLine : stored.split("\n")) {
            // a stored document that went through a CRLF-converting tool still decodes: a real CR is escaped
            String line = storedLine.endsWith("\r") ? storedLine.substring(0, storedLine.length() - 1) : storedLine;
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("rule")) {
                elements.add(new ReceiptElement.Rule());
            } else if (line.equals("cut")) {
                elements.add(new ReceiptElement.Cut());
            } else if (line.equals("logo")) {
                elements.add(new ReceiptElement.Logo());
            } else if (line.startsWith("qr ")) {
                elements.add(new ReceiptElement.QrCode(unescape(line.substring(3))));
            } else if (line.startsWith("feed ")) {
                elements.add(new ReceiptElement.Feed(Integer.parseInt(line.substring(5))));
            } else if (line.startsWith("text ")) {
                String[] parts = line.split(" ", 5);
                if (parts.length < 4 || parts[3].length() != 2) {
                    throw new IllegalArgumentException("malformed text line: " + line);
                }
                TextStyle style = new TextStyle(TextSize.valueOf(parts[1]), parts[3].charAt(0) == 'B',
                        parts[3].charAt(1) == 'U', Align.valueOf(parts[2]));
                elements.add(new ReceiptElement.Text(parts.length == 5 ? unescape(parts[4]) : "", style));
            } else {
                throw new IllegalArgumentException("unknown receipt element: " + line);
            }
        }
        return new Receipt(elements);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
