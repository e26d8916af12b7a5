package fi.palvelupiste.kiosk.printing;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One slip to print, stored in the same transaction as what it prints (a ticket, a sign-up), so nothing is
 * promised that is not recorded. {@code document} is the receipt in {@code ReceiptCodec} form, encoded for the
 * attached printer only when it is sent.
 *
 * @param bytesTotal how many bytes the slip had when it was sent (null before)
 * @param bytesSent  how many of them went out before sending was cut off (null when not known: power cut)
 */
public record PrintJob(
        long id,
        UUID publicId,
        String name,
        String document,
        PrintJobStatus status,
        int attempts,
        @Nullable String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Nullable OffsetDateTime expiresAt,
        @Nullable OffsetDateTime printedAt,
        @Nullable Integer bytesTotal,
        @Nullable Integer bytesSent) {

    /** What the resident's screen should say about this slip, from the job alone. */
    public PrintOutcome outcome() {
        return switch (status) {
            case PRINTED -> PrintOutcome.PRINTED;
            case INCOMPLETE, HELD, FAILED -> PrintOutcome.NOT_PRINTED;
            case QUEUED -> attempts > 0 ? PrintOutcome.NOT_PRINTED : PrintOutcome.PRINTING;
            case SENDING -> PrintOutcome.PRINTING;
        };
    }
}
