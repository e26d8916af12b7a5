package fi.palvelupiste.kiosk.resident;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;

/**
 * The resident's answers to a ride's questions — stop, how many travel, a wheelchair place — as they are given.
 * The same in a sign-up with its bus and in a ride booked on its own.
 */
public final class RideChoice implements Serializable {

    private @Nullable RideStopChoice stop;
    private int travellers = 1;
    private boolean wheelchair;

    public void chooseStop(RideStopChoice chosen) {
        stop = chosen;
    }

    /** @return whether the wheelchair question comes next (the stop has a wheelchair place free) */
    public boolean chooseTravellers(int count) {
        travellers = count;
        wheelchair = false;
        return asksWheelchair();
    }

    public void chooseWheelchair(boolean needed) {
        wheelchair = needed;
    }

    /** Whether the chosen stop still has a wheelchair place, so the question is asked. */
    public boolean asksWheelchair() {
        return stop != null && stop.freeWheelchairPlaces() > 0;
    }

    public @Nullable RideStopChoice stop() {
        return stop;
    }

    public int travellers() {
        return travellers;
    }

    public boolean wheelchair() {
        return wheelchair;
    }

    /** What to book: one of the travellers takes the wheelchair place instead of a seat. */
    public RideRequest request() {
        if (stop == null) {
            throw new IllegalStateException("no stop chosen");
        }
        return new RideRequest(stop.stopId(), travellers - (wheelchair ? 1 : 0), wheelchair);
    }

    public void clear() {
        stop = null;
        travellers = 1;
        wheelchair = false;
    }
}
