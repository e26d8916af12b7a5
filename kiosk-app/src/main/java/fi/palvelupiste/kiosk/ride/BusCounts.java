package fi.palvelupiste.kiosk.ride;

/**
 * The escort's figures for one bus: its places as booked now, and the people (seats and wheelchair users) on board,
 * not come and added on the bus. Snacks are one per person on board: escorts hand them out on the bus.
 */
public record BusCounts(int seats, int seatsTaken, int wheelchairPlaces, int wheelchairTaken, int boarded,
                        int noShows, int walkOns) {

    public int freeSeats() {
        return Math.max(0, seats - seatsTaken);
    }

    public int freeWheelchairPlaces() {
        return Math.max(0, wheelchairPlaces - wheelchairTaken);
    }

    public int snacks() {
        return boarded;
    }

    /** Whether anyone more can get on: a seat or a wheelchair place is free. */
    public boolean room() {
        return freeSeats() + freeWheelchairPlaces() > 0;
    }
}
