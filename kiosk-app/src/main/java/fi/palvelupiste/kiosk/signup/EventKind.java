package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.i18n.LocalizedText;

/**
 * A kind of event, configured in the database: photo day, permit trip, digital-support day… Everything that
 * differs between kinds is here, so a new kind needs a row, not code.
 *
 * @param linksToKind an event of this kind may be linked to an event of that kind, whose sign-up then offers it
 */
public record EventKind(String code, LocalizedText name, BookingUnit unit,
                        boolean asksApplicationHelp, boolean asksWheelchair, boolean asksInterpreter,
                        String linksToKind, int sortOrder) {

    /** Whether the resident is asked about any needs at all. */
    public boolean asksNeeds() {
        return asksApplicationHelp || asksWheelchair || asksInterpreter;
    }
}
