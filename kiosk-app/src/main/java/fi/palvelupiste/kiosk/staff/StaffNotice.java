package fi.palvelupiste.kiosk.staff;

import java.util.List;

/**
 * Something every staff page shows at its top until it is resolved, in plain words: a message key of the feature
 * that raised it, with its arguments. Features contribute notices through {@link Provider} beans, so the staff
 * frame knows no feature.
 */
public record StaffNotice(String messageKey, List<Object> arguments) {

    public StaffNotice {
        arguments = List.copyOf(arguments);
    }

    public static StaffNotice of(String messageKey, Object... arguments) {
        return new StaffNotice(messageKey, List.of(arguments));
    }

    /** A feature's current notices (empty when all is well); asked each time a staff page is drawn. */
    @FunctionalInterface
    public interface Provider {
        List<StaffNotice> notices();
    }
}
