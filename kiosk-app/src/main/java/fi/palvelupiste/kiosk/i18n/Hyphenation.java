package fi.palvelupiste.kiosk.i18n;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a long word may break on screen: soft hyphens (U+00AD) at its syllable boundaries, found with Liang's
 * algorithm and each language's TeX hyphenation patterns (the files of {@code com.itextpdf:hyph}, read as data).
 * Chromium on the Pi has no hyphenation dictionary, so {@code hyphens: auto} does nothing there; with soft
 * hyphens in the text the browser breaks "valokuvaus­päivään" as "valokuvaus-|päivään" and never at any letter.
 * Words shorter than {@value #MIN_LETTERS} letters, words with digits (reference codes, times) and words in capitals
 * are left whole. Arabic and Somali have no patterns: their words stay whole.
 */
public final class Hyphenation {

    /** The soft hyphen: invisible unless the line breaks there. */
    public static final char SOFT_HYPHEN = '\u00AD';
    /** Shorter words fit any line of the kiosk's panels. */
    static final int MIN_LETTERS = 10;
    private static final String PATTERNS = "com/itextpdf/hyph/%s.xml";
    /** Vowels of the Latin and Cyrillic languages (a letter's accent taken off first: ä, õ, å, é count). */
    private static final String VOWELS = "aeiouyаеиоуыэюяєіїё";

    private static final Map<Language, Optional<Hyphenation>> LOADED = new EnumMap<>(Language.class);

    private final Locale locale;
    /** Each pattern's letters (with '.' for a word's edge) and the digits between them, as in TeX. */
    private final Map<String, byte[]> patterns;
    private final Map<String, String> exceptions;
    private final int leftMin;
    private final int rightMin;
    private final int longestPattern;

    private Hyphenation(Locale locale, Map<String, byte[]> patterns, Map<String, String> exceptions, int leftMin,
                        int rightMin) {
        this.locale = locale;
        this.patterns = patterns;
        this.exceptions = exceptions;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
        this.longestPattern = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The language's hyphenation, loaded once; none for a language without patterns. */
    public static Optional<Hyphenation> of(Language language) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(language, Hyphenation::load);
        }
    }

    /** The text with soft hyphens in its long words, in the language's rules (unchanged where it has none). */
    public static String text(String text, Language language) {
        return text == null ? null : of(language).map(hyphenation -> hyphenation.hyphenate(text)).orElse(text);
    }

    /** The text as it was before {@link #text}: for speech, files and comparisons. */
    public static String plain(String text) {
        return text == null ? null : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /** The text with a soft hyphen at each break point of each long word. */
    public String hyphenate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.append(word(text.substring(start, i)));
            }
            if (i < text.length()) {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == SOFT_HYPHEN;
    }

    private String word(String word) {
        if (word.length() < MIN_LETTERS || word.indexOf(SOFT_HYPHEN) >= 0 || word.chars().anyMatch(Character::isDigit)
                || word.equals(word.toUpperCase(locale))) {
            return word;
        }
        String lower = word.toLowerCase(locale);
        if (lower.length() != word.length()) {
            return word;
        }
        String exception = exceptions.get(lower);
        boolean[] breaks = exception != null ? exceptionBreaks(exception, word.length()) : voiced(breaks(lower), lower);
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            if (breaks[i]) {
                out.append(SOFT_HYPHEN);
            }
            out.append(word.charAt(i));
        }
        return out.toString();
    }

    /** {@code breaks[i]}: the word may break before its letter i (Liang: an odd value between the letters). */
    private boolean[] breaks(String word) {
        String dotted = "." + word + ".";
        int[] values = new int[dotted.length() + 1];
        for (int start = 0; start < dotted.length(); start++) {
            for (int end = start + 1; end <= Math.min(dotted.length(), start + longestPattern); end++) {
                byte[] pattern = patterns.get(dotted.substring(start, end));
                if (pattern != null) {
                    for (int k = 0; k < pattern.length; k++) {
                        values[start + k] = Math.max(values[start + k], pattern[k]);
                    }
                }
            }
        }
        boolean[] breaks = new boolean[word.length()];
        for (int i = leftMin; i <= word.length() - rightMin; i++) {
            // the value before letter i of the word sits before letter i + 1 of the dotted word
            breaks[i] = values[i + 1] % 2 == 1;
        }
        return breaks;
    }

    /**
     * The breaks that leave no part without a vowel or shorter than two letters: some patterns split a doubled
     * consonant on both sides ("фотографува-н-ня") or leave a lone vowel ("registre-e-rimine"), and a line that
     * starts with one letter reads as a typing error. A part too small joins the one before it (the first, the one
     * after it).
     */
    private static boolean[] voiced(boolean[] breaks, String word) {
        int previousStart = 0;
        int partStart = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || breaks[i]) {
                boolean sound = i - partStart >= 2 && hasVowel(word, partStart, i);
                if (sound || (partStart == 0 && i == word.length())) {
                    previousStart = partStart;
                    partStart = i;
                } else if (partStart == 0) {
                    breaks[i] = false;
                } else {
                    breaks[partStart] = false;
                    partStart = previousStart;
                    i--;
                }
            }
        }
        return breaks;
    }

    private static boolean hasVowel(String word, int from, int to) {
        for (int i = from; i < to; i++) {
            char base = java.text.Normalizer.normalize(String.valueOf(word.charAt(i)), java.text.Normalizer.Form.NFD)
                    .charAt(0);
            if (VOWELS.indexOf(base) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] exceptionBreaks(String hyphenated, int length) {
        boolean[] breaks = new boolean[length];
        int letter = 0;
        for (char c : hyphenated.toCharArray()) {
            if (c == '-') {
                if (letter > 0 && letter < length) {
                    breaks[letter] = true;
                }
            } else {
                letter++;
            }
        }
        return breaks;
    }

    private static Optional<Hyphenation> load(Language language) {
        String file = PATTERNS.formatted(language.code());
        try (InputStream in = Hyphenation.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                // Arabic and Somali: the pattern files have none
                return Optional.empty();
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            Map<String, byte[]> patterns = new HashMap<>();
            for (String pattern : words(document, "patterns")) {
                addPattern(patterns, pattern.toLowerCase(language.locale()));
            }
            Map<String, String> exceptions = new HashMap<>();
            for (String exception : words(document, "exceptions")) {
                String lower = exception.toLowerCase(language.locale());
                exceptions.put(lower.replace("-", ""), lower);
            }
            int leftMin = 2;
            int rightMin = 2;
            NodeList min = document.getElementsByTagName("hyphen-min");
            if (min.getLength() > 0) {
                Element element = (Element) min.item(0);
                leftMin = Math.max(2, Integer.parseInt(element.getAttribute("before")));
                rightMin = Math.max(2, Integer.parseInt(element.getAttribute("after")));
            }
            return Optional.of(new Hyphenation(language.locale(), patterns, exceptions, leftMin, rightMin));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the hyphenation patterns " + file, e);
        }
    }

    /** The whitespace-separated words of the element's text (XML comments left out). */
    private static String[] words(Document document, String element) {
        NodeList nodes = document.getElementsByTagName(element);
        if (nodes.getLength() == 0) {
            return new String[0];
        }
        String text = nodes.item(0).getTextContent().strip();
        return text.isEmpty() ? new String[0] : text.split("\\s+");
    }

    /** "1ka" → letters "ka", values {1, 0, 0}; "ä2y" → "äy", {0, 2, 0}. */
    private static void addPattern(Map<String, byte[]> patterns, String pattern) {
        StringBuilder letters = new StringBuilder(pattern.length());
        byte[] values = new byte[pattern.length() + 1];
        for (char c : pattern.toCharArray()) {
            if (c >= '0' && c <= '9') {
                values[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        byte[] trimmed = new byte[letters.length() + 1];
        System.arraycopy(values, 0, trimmed, 0, trimmed.length);
        patterns.put(letters.toString(), trimmed);
    }
}
