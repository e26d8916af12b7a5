package fi.palvelupiste.hardware.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps one line of text to a column width at spaces; a word longer than the width is split. Width is counted in
 * characters (code points), so a character outside the BMP is never cut in half. Only the space character
 * separates words: other characters, even unusual whitespace, are kept as they are.
 */
public final class TextWrapper {

    private TextWrapper() {
    }

    public static List<String> wrap(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, was " + width);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordLength = word.codePointCount(0, word.length());
            while (wordLength > width) {
                if (lineLength > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineLength = 0;
                }
                int cut = word.offsetByCodePoints(0, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                wordLength -= width;
            }
            if (wordLength == 0) {
                continue;
            }
            if (lineLength == 0) {
                line.append(word);
                lineLength = wordLength;
            } else if (lineLength + 1 + wordLength <= width) {
                line.append(' ').append(word);
                lineLength += 1 + wordLength;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
                lineLength = wordLength;
            }
        }
        if (lineLength > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
