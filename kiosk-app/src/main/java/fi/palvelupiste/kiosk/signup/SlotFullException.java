package fi.palvelupiste.kiosk.signup;

/** The chosen slot (or, for a companion, the next one too) has no free place any more: someone was quicker. */
public class SlotFullException extends RuntimeException {
    public SlotFullException(long slotId) {
        super("no free place in slot " + slotId);
    }
}
