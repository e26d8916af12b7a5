package fi.palvelupiste.kiosk.signup;

/**
 * People of one status and language at an event, counted: from the sign-ups (or a photo day's walk-in numbers) while
 * they are kept, and from {@code signup_count} after the retention purge, with the same sums. No personal data.
 *
 * @param status   CONFIRMED, WAITLISTED, CANCELLED, or WALK_IN for a photo day's numbers taken without a booking
 * @param language the code of the language used at the kiosk; '' for counts kept before languages were
 * @param noShows  confirmed and not photographed, and marked not here or never checked in where the day's check-ins
 *                 were used at all; for walk-ins, numbers never photographed
 */
public record AttendanceCount(String status, String language, int people, int applicationHelp, int checkedIn,
                              int photographed, int helped, int noShows) {

    /** The status of the walk-ins' row. */
    public static final String WALK_IN = "WALK_IN";

    /** The same sums as {@code signup_count} keeps them, read back from it under the names of this record. */
    public static final String KEPT_SUMS = "status, language, SUM(people) AS people, "
            + "SUM(application_help) AS application_help, SUM(checked_in) AS checked_in, "
            + "SUM(photographed) AS photographed, SUM(helped) AS helped, SUM(no_shows) AS no_shows";

    /** A row of a query that names its columns as {@link #KEPT_SUMS} does. */
    public static AttendanceCount of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AttendanceCount(rs.getString("status"), rs.getString("language"), rs.getInt("people"),
                rs.getInt("application_help"), rs.getInt("checked_in"), rs.getInt("photographed"),
                rs.getInt("helped"), rs.getInt("no_shows"));
    }
}
