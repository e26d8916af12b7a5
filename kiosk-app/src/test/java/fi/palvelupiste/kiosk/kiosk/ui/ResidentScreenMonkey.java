package fi.palvelupiste.kiosk.kiosk.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import fi.palvelupiste.kiosk.resident.FinnishMobile;
import fi.palvelupiste.kiosk.resident.ResidentName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taps on a resident screen as a browser would send them, for jqwik properties of the resident flows: the only input
 * a resident can give is a key of the kiosk's own keyboard or keypad (backspace and clear included), a tap on a
 * text box, or a button. Each generated tap is mostly a key, else a usable button or text box on the screen;
 * no tap may fail, and every text on the screen must be translated. Each try starts its own screen.
 */
public abstract class ResidentScreenMonkey extends ScreenProperties {

    /** The buttons that take a flow on (besides the "next" ones), tapped more often so that flows get to the end. */
    private static final Set<String> FORWARD = Set.of("signup-no-phone", "signup-companion-no", "ride-no",
            "signup-interpreter-none", "ride-wheelchair-no", "ride-seats-1", "change-cancel-confirm", "signup-done");

    /**
     * Up to {@code max} taps; each number picks a key (6 in 10), a button that takes the flow on (2 in 10) or any other
     * control (2 in 10) on the screen then.
     */
    public static Arbitrary<List<Integer>> taps(int max) {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(max);
    }

    /**
     * Plays the taps while the screen is still a {@code view}; stops when the flow has left it. The screen is checked
     * after every tap that changes it (every tap but a key's, which only changes the text in a box) and at the end.
     */
    protected void play(List<Integer> taps, Class<?> view) {
        Controls controls = null;
        for (int tap : taps) {
            if (!view.isInstance(getCurrentView())) {
                break;
            }
            if (controls == null) {
                controls = controls();
            }
            List<Component> from = tap % 10 < 6 ? controls.keys() : tap % 10 < 8 ? controls.forward() : controls.others();
            if (from.isEmpty()) {
                from = controls.others();
            }
            if (from.isEmpty()) {
                break;
            }
            tap(from.get((tap / 10) % from.size()));
            if (from != controls.keys()) {
                assertScreenTranslated();
                controls = null;
            }
        }
        assertScreenTranslated();
    }

    /** The usable controls on the screen: keys, buttons that take the flow on, and the rest (text boxes too). */
    private record Controls(List<Component> keys, List<Component> forward, List<Component> others) {
    }

    private Controls controls() {
        Controls controls = new Controls(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Button button : $(Button.class).all()) {
            if (test(button).isUsable()) {
                String id = button.getId().orElse("");
                (id.startsWith("osk-") || id.startsWith("keypad-") ? controls.keys() : FORWARD.contains(id)
                        || button.hasClassName("signup-next") ? controls.forward() : controls.others()).add(button);
            }
        }
        controls.others().addAll($(OnScreenField.class).all());
        return controls;
    }

    /** Types a text on the on-screen keyboard or keypad, key by key; ⌫ is the backspace key. */
    protected void type(String text) {
        for (char c : text.toCharArray()) {
            String id = switch (c) {
                case 'å' -> "osk-key-aring";
                case 'ä' -> "osk-key-auml";
                case 'ö' -> "osk-key-ouml";
                case '-' -> "osk-key-hyphen";
                case '\'' -> "osk-key-apostrophe";
                case ' ' -> "osk-key-space";
                case '+' -> "keypad-plus";
                case '⌫' -> $(Button.class).withId("keypad-backspace").exists() ? "keypad-backspace" : "osk-backspace";
                default -> Character.isDigit(c) && $(Button.class).withId("keypad-" + c).exists()
                        ? "keypad-" + c : "osk-key-" + Character.toLowerCase(c);
            };
            // a letter of another script: switch the keyboard to it, as a resident would
            for (int i = 0; i < 4 && !$(Button.class).withId(id).exists()
                    && $(Button.class).withId("keyboard-script").exists(); i++) {
                click("keyboard-script");
            }
            click(id);
        }
    }

    protected void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private void tap(Component target) {
        if (target instanceof Button button) {
            test(button).click();
        } else {
            ComponentUtil.fireEvent(target, new ClickEvent<>(target));
        }
    }

    /** The newest row's id of a table of people (sign-ups, ride bookings), to know what a try booked. */
    protected long lastId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
    }

    /** Every person booked after {@code after} holds names and a phone the rules accept, as the rules store them. */
    protected void assertBookedPeopleValid(String table, long after) {
        List<String[]> people = jdbc.sql("SELECT first_name, last_name, phone FROM " + table + " WHERE id > :after")
                .param("after", after)
                .query((rs, row) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        Statistics.collect(people.isEmpty() ? "nothing booked" : "booked");
        for (String[] person : people) {
            for (String name : List.of(person[0], person[1])) {
                assertThat(ResidentName.isValid(name) && ResidentName.normalize(name).equals(name)).as(name).isTrue();
            }
            assertThat(person[2] == null || FinnishMobile.normalize(person[2]).filter(person[2]::equals).isPresent())
                    .as(person[2]).isTrue();
        }
    }
}
