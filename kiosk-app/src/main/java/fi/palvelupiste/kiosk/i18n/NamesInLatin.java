package fi.palvelupiste.kiosk.i18n;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;

/**
 * Names in Latin letters for Finnish-speaking staff, so that a photographer or a driver can call the person: on
 * every list a name in another script keeps its own letters and gets a transliteration after it, "Олена Коваль
 * (Olena Koval)". Cyrillic follows Finnish practice: SFS 4900 for Russian (Jelena, Pjotr, Juri, Tšaikovski) and
 * the Institute for the Languages of Finland's recommendation for Ukrainian (г h, и y, є je, ї ji). Arabic, which
 * writes no short vowels, gets ICU's Arabic-Latin without diacritics: a hint at the sound, not a spelling.
 */
public final class NamesInLatin {

    private static final Map<Character, String> RUSSIAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "jo"), Map.entry('ж', "ž"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "ts"), Map.entry('ч', "tš"),
            Map.entry('ш', "š"), Map.entry('щ', "štš"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "ju"), Map.entry('я', "ja"));
    private static final Map<Character, String> UKRAINIAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "je"), Map.entry('ж', "ž"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "ji"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "h"), Map.entry('ц', "ts"), Map.entry('ч', "tš"), Map.entry('ш', "š"), Map.entry('щ', "štš"),
            Map.entry('ь', ""), Map.entry('ю', "ju"), Map.entry('я', "ja"), Map.entry('\'', ""));
    private static final String VOWELS = "аеёиоуыэюяєії";
    /** Any other script (Arabic, Greek…): ICU's general rules, without diacritics; used under its own lock. */
    private static final Transliterator OTHER = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private NamesInLatin() {
    }

    /**
     * The name as lists show it: as typed, and for a name in another script its Latin form after it in brackets.
     *
     * @param languageCode the language the person used at the kiosk: tells Ukrainian Cyrillic from Russian
     */
    public static String forLists(String name, String languageCode) {
        String latin = latin(name, languageCode);
        return latin.equals(name) ? name : name + " (" + latin + ")";
    }

    /** The name in Latin letters; a name already in Latin letters as it is. */
    public static String latin(String name, String languageCode) {
        if (name.codePoints().allMatch(cp -> !Character.isLetter(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)) {
            return name;
        }
        if (name.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
            synchronized (OTHER) {
                return OTHER.transliterate(name);
            }
        }
        boolean ukrainian = "uk".equals(languageCode) || !"ru".equals(languageCode) && name.chars()
                .anyMatch(c -> "ґєіїҐЄІЇ".indexOf(c) >= 0);
        Map<Character, String> letters = ukrainian ? UKRAINIAN : RUSSIAN;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = letters.get(lower);
            if (latin == null) {
                out.append(c);
                continue;
            }
            boolean wordStart = i == 0 || !Character.isLetter(name.charAt(i - 1));
            char before = wordStart ? ' ' : Character.toLowerCase(name.charAt(i - 1));
            char after = i + 1 < name.length() ? Character.toLowerCase(name.charAt(i + 1)) : ' ';
            if (!ukrainian && lower == 'е' && (wordStart || VOWELS.indexOf(before) >= 0 || before == 'ъ' || before == 'ь')) {
                latin = "je"; // Елена → Jelena, Алексеев → Aleksejev
            } else if (lower == 'й' && wordStart && VOWELS.indexOf(after) >= 0) {
                latin = "j"; // Йоки → Joki, but Майя → Maija
            } else if (!ukrainian && lower == 'ё' && "жчшщ".indexOf(before) >= 0) {
                latin = "o"; // Хрущёв → Hruštšov
            } else if (!ukrainian && lower == 'и' && after == 'й' && !Character.isLetter(charAt(name, i + 2))) {
                latin = ""; // Юрий → Juri: -ий is one i
            }
            out.append(Character.isUpperCase(c) && !latin.isEmpty()
                    ? latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1) : latin);
        }
        return out.toString();
    }

    private static char charAt(String text, int index) {
        return index < text.length() ? text.charAt(index) : ' ';
    }
}
