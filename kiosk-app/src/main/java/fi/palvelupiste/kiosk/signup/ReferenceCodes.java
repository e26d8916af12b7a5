package fi.palvelupiste.kiosk.signup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import fi.palvelupiste.kiosk.resident.ResidentName;

/**
 * Reference codes: new ones, unique across sign-ups and rides (the one generator of the code family), and the
 * resident's "I have a reference code" lookup, which checks the first letters of the surname too and slows down
 * guessing ({@link CodeAttemptGuard}).
 */
@Service
public class ReferenceCodes {

    /** Letters of the surname asked together with the code (fewer if the surname is shorter). */
    public static final int SURNAME_LETTERS = 2;

    private final SignupRepository signups;
    private final SignupChanges changes;
    private final CodeAttemptGuard codeGuard;
    private final CodeGuessingAlerts guessing;
    private final ObjectProvider<SignupRides> rides;
    private final SecureRandom random = new SecureRandom();

    ReferenceCodes(SignupRepository signups, SignupChanges changes, CodeAttemptGuard codeGuard,
                   CodeGuessingAlerts guessing, ObjectProvider<SignupRides> rides) {
        this.signups = signups;
        this.changes = changes;
        this.codeGuard = codeGuard;
        this.guessing = guessing;
        this.rides = rides;
    }

    /**
     * A new reference code, unique across sign-ups and rides: the one generator of the code family, also for rides
     * booked on their own.
     */
    public String newReferenceCode() {
        while (true) {
            String code = ReferenceCode.generate(random);
            if (!signups.codeTaken(code) && rides.stream().noneMatch(r -> r.codeTaken(code))) {
                return code;
            }
        }
    }

    /**
     * The resident's "I have a reference code": the code and the first letters of the surname must match; a code not
     * made here is looked for among the sign-ups made at other sites, through the hub (a linked kiosk). Wrong
     * tries are counted for the resident's screen and for the device, and slowed down (see CodeAttemptGuard).
     *
     * @param screen identifies the resident's visit to the kiosk screen (a new one after each idle reset)
     * @param device the client address of the screen: the kiosk's touchscreen, or another browser
     */
    public CodeLookup lookUp(String screen, String device, String typedCode, String surnameStart) {
        Optional<CodeAttemptGuard.Wait> wait = codeGuard.waitFor(screen, device);
        if (wait.isPresent()) {
            return waiting(wait.get());
        }
        String code = ReferenceCode.normalize(typedCode);
        Optional<Signup> found = ReferenceCode.isWellFormed(code) ? signups.findByCode(code) : Optional.empty();
        Optional<Booking> booking = found.filter(s -> surnameMatches(s.lastName(), surnameStart)).map(changes::booking);
        if (booking.isEmpty() && found.isEmpty() && ReferenceCode.isWellFormed(code)) {
            Optional<RideTicket> ride = changes.ride(code, Locale.ROOT).filter(RideTicket::standalone)
                    .filter(r -> surnameMatches(r.lastName(), surnameStart));
            if (ride.isPresent()) {
                codeGuard.right(screen);
                return new CodeLookup.RideFound(ride.get());
            }
        }
        boolean otherSitesUnchecked = false;
        if (booking.isEmpty() && found.isEmpty() && ReferenceCode.isWellFormed(code)) {
            try {
                Optional<HeldElsewhere> elsewhere = changes.heldElsewhere(code, surnameStart);
                booking = elsewhere.flatMap(changes::booking);
                if (elsewhere.isPresent() && booking.isEmpty()) {
                    codeGuard.right(screen);
                    return new CodeLookup.MadeElsewhere(elsewhere.get().siteName(), elsewhere.get().organiserPhone());
                }
            } catch (HubUnreachableException unreachable) {
                otherSitesUnchecked = true;
            }
        }
        if (booking.isEmpty()) {
            if (codeGuard.wrong(screen, device)) {
                guessing.tripped(device);
            }
            boolean unchecked = otherSitesUnchecked;
            return codeGuard.waitFor(screen, device).map(ReferenceCodes::waiting)
                    .orElseGet(() -> new CodeLookup.NotFound(unchecked));
        }
        codeGuard.right(screen);
        return new CodeLookup.Found(booking.get());
    }

    private static CodeLookup waiting(CodeAttemptGuard.Wait wait) {
        return new CodeLookup.Wait(wait.remaining(), wait.reason() == CodeAttemptGuard.Reason.DEVICE);
    }

    static boolean surnameMatches(String lastName, String typedStart) {
        String typed = ResidentName.normalize(typedStart).toLowerCase(Locale.ROOT);
        String surname = lastName.toLowerCase(Locale.ROOT);
        int needed = Math.min(SURNAME_LETTERS, surname.length());
        return typed.length() >= needed && surname.startsWith(typed);
    }
}
