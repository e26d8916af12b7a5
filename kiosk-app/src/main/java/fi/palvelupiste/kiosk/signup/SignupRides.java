package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rides of an event as the sign-up sees them. Implemented by the ride feature, which depends on sign-ups and
 * not the other way round; every method joins the caller's transaction, so a sign-up and its ride are saved and
 * confirmed together or not at all.
 */
public interface SignupRides {

    /** The event's pickup stops in pickup order, rides of any vehicle; empty when the event has no rides. */
    List<RideStopChoice> stops(long eventId, Locale locale);

    /**
     * Books seats (and a wheelchair place) under the given code and queues the boarding slip.
     *
     * @throws RideFullException no room left
     */
    RideTicket book(SignupEvent event, RideRequest request, Person person, String referenceCode, Locale locale);

    /**
     * Before the booking's transaction: for a hub ride, the seats and wheelchair place this kiosk does not hold are
     * asked from the hub while the resident waits (a short timeout; without an answer the booking takes what the
     * kiosk holds).
     */
    void askHub(RideRequest request);

    /** The live or cancelled ride booking with this code, newest first. */
    Optional<RideTicket> find(String referenceCode, Locale locale);

    /**
     * Cancels the live ride booking with this code and gives its places back.
     *
     * @param slip whether to print a cancellation slip (not when the sign-up's own slip says it)
     * @throws NotChangeableException nothing to cancel
     */
    RideTicket cancel(String referenceCode, Actor actor, boolean slip, Locale locale);

    /**
     * The stops the live ride booking with this code can change to, its own places counted as free; empty when it
     * cannot be changed here.
     */
    List<RideStopChoice> changeChoices(String referenceCode, Locale locale);

    /**
     * Changes the live ride booking with this code (stop, seats, wheelchair place) in one step, under the same code;
     * a change slip confirms it. Not in the caller's transaction: a hub ride's places are asked from the hub first.
     *
     * @throws RideFullException      no room for the change: nothing changed
     * @throws NotChangeableException nothing to change
     */
    RideTicket change(String referenceCode, RideRequest request, Actor actor, Locale locale);

    /** Whether a ride on its own is still to come on or after this day (its bookings can be changed by code). */
    boolean anyStandaloneFrom(LocalDate day);

    /** Whether a ride booked on its own holds this code (codes are unique across sign-ups and rides). */
    boolean codeTaken(String referenceCode);
}
