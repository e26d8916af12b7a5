package fi.palvelupiste.kiosk.signup;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A change to a sign-up asked for away from the kiosk that holds it: at another site's kiosk, by the reference code,
 * or by a coordinator on the hub. The hub keeps it and hands it down to that kiosk, which takes it once.
 *
 * @param id     the change's own id, made where it was asked: sent twice, it is still one change
 * @param signup the sign-up's public id
 * @param slot   the new time of a move (its public id); null for a cancellation
 */
public record ChangeRequest(UUID id, UUID signup, Action action, @Nullable UUID slot) {

    public enum Action { CANCEL, MOVE }

    public ChangeRequest {
        if ((action == Action.MOVE) != (slot != null)) {
            throw new IllegalArgumentException("a move, and only a move, names a new time");
        }
    }
}
