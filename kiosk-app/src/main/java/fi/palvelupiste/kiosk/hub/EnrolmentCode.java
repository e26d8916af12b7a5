package fi.palvelupiste.kiosk.hub;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * A one-time enrolment code, shown once to the coordinator who made it: the hub keeps only its hash.
 *
 * @param hubUrl the address the kiosk's admin types with it, when the hub knows its own public address
 */
public record EnrolmentCode(String code, Site site, OffsetDateTime expiresAt, @Nullable URI hubUrl) {

    /** What the QR code holds: the hub's address and the code, as an admin would type them. */
    public String qrText() {
        return hubUrl == null ? code : hubUrl + "\n" + code;
    }
}
