package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.sync.Returned;

import java.util.List;
import java.util.Optional;

/**
 * A kiosk's way to the sign-ups made at other sites' kiosks, through its hub (the hub feature implements it): a
 * resident may change a booking of a hub event by its code at any kiosk that offers the event.
 */
public interface HubBookings {

    /**
     * The sign-up with this code and surname made at another site, for an event offered here; empty when there is
     * none.
     *
     * @throws HubUnreachableException no hub is linked, or it did not answer in time
     */
    Optional<HeldElsewhere> find(String code, String surnameStart);

    /**
     * Asks the hub to change a sign-up made at another site; the reference code proves the resident's right to it.
     *
     * @param given what this kiosk has given back of the pool of a move's new time, all time, when it gave one of its
     *              own places for the move (the hub grants it to the kiosk holding the sign-up); empty otherwise
     * @return the sign-up after the change
     * @throws SlotFullException        a move to a time the hub has no place in any more
     * @throws NotChangeableException   it was cancelled or changed meanwhile, or can no longer be changed
     * @throws HubUnreachableException  the hub did not answer in time: nothing was changed
     */
    HeldElsewhere change(ChangeRequest request, String code, List<Returned> given);
}
