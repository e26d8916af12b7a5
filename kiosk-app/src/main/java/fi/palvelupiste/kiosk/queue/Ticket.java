package fi.palvelupiste.kiosk.queue;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A queue number taken at the kiosk: {@code A001} is the first ticket of queue A today.
 * Tickets stay on this kiosk (they never travel to the hub); {@code publicId} is what a screen may show in a URL.
 * They hold no personal data.
 */
public record Ticket(
        long id,
        UUID publicId,
        long queueId,
        LocalDate serviceDay,
        int number,
        String displayNumber,
        TicketStatus status,
        OffsetDateTime createdAt,
        @Nullable Long printJobId,
        boolean priority,
        @Nullable Long deskId,
        @Nullable OffsetDateTime calledAt,
        @Nullable OffsetDateTime finishedAt,
        int callCount,
        String language) {

    /** "A001": the prefix and the day's running number, three digits while they suffice. */
    public static String displayNumber(String prefix, int number) {
        return prefix + "%03d".formatted(number);
    }
}
