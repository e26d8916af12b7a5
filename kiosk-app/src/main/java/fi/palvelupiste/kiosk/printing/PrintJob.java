package fi.palvelupiste.kiosk.printing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One slip to print, stored in the same transaction as what it prints (a ticket, a sign-up), so nothing is
 * promised that is not recorded. {@code document} is the receipt in {@code ReceiptCodec} form, encoded for the
 * attached printer only when it is sent.
 */
public record PrintJob(
        long id,
        UUID publicId,
        String name,
        String document,
        PrintJobStatus status,
        int attempts,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime expiresAt,
        OffsetDateTime printedAt) {

    /** What the resident's screen should say about this slip. */
    public PrintOutcome outcome() {
        return switch (status) {
            case DONE -> PrintOutcome.PRINTED;
            case FAILED -> PrintOutcome.NOT_PRINTED;
            case QUEUED -> attempts > 0 ? PrintOutcome.NOT_PRINTED : PrintOutcome.PRINTING;
            case SENDING -> PrintOutcome.PRINTING;
        };
    }
}
