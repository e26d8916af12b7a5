package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.hub.SyncMessages.BookingRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.BookingResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.ChangeCall;
import fi.palvelupiste.kiosk.hub.SyncMessages.DownRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.DownResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.EnrolRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.EnrolResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.HelloRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.HelloResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.PlacesRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.Problem;
import fi.palvelupiste.kiosk.hub.SyncMessages.UpRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.UpResponse;
import fi.palvelupiste.kiosk.signup.ChangesAtOtherSites;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.ReferenceCode;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import fi.palvelupiste.kiosk.sync.Stored;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's sync API for kiosks ({@code /api/sync/}), behind {@link SyncApiSecurity}: enrolment with a one-time code
 * (no token yet), then every other call with the device's token.
 */
@HubOnly
@RestController
class SyncApi {

    private final HubSites sites;
    private final HubSync sync;
    private final ChangesAtOtherSites changes;

    SyncApi(HubSites sites, HubSync sync, ChangesAtOtherSites changes) {
        this.sites = sites;
        this.sync = sync;
        this.changes = changes;
    }

    @PostMapping(SyncMessages.ENROL)
    ResponseEntity<?> enrol(@RequestBody EnrolRequest request) {
        if (request.code() == null || request.code().isBlank() || request.code().length() > 40) {
            return ResponseEntity.badRequest().body(new Problem("code"));
        }
        return sites.enrol(request.code(), request.appVersion())
                .<ResponseEntity<?>>map(enrolled -> ResponseEntity.ok(new EnrolResponse(enrolled.site().id(),
                        enrolled.site().name(), enrolled.site().municipality(), enrolled.token())))
                .orElseGet(() -> ResponseEntity.badRequest().body(new Problem("code")));
    }

    @PostMapping(SyncMessages.HELLO)
    HelloResponse hello(@AuthenticationPrincipal Device device, @RequestBody HelloRequest request) {
        HubSites.Contact contact = sites.contact(device, new HubSites.Report(request.appVersion(),
                request.kioskTime(), request.printer(), request.peopleWaiting(), request.outboxBacklog(),
                request.refused()));
        return new HelloResponse(contact.site().id(), contact.site().name(), contact.hubTime(), contact.newToken());
    }

    @PostMapping(SyncMessages.DOWN)
    DownResponse down(@AuthenticationPrincipal Device device, @RequestBody DownRequest request) {
        return sync.down(device, request.since());
    }

    @PostMapping(SyncMessages.UP)
    UpResponse up(@AuthenticationPrincipal Device device, @RequestBody UpRequest request) {
        Stored stored = sync.up(device, request);
        return new UpResponse(stored.stored(), stored.refused());
    }

    /** More places for a resident at the kiosk's screen: the site's grant after them, or 409 when there are none. */
    @PostMapping(SyncMessages.PLACES)
    ResponseEntity<?> places(@AuthenticationPrincipal Device device, @RequestBody PlacesRequest request) {
        if (request.kind() == null || request.pool() == null) {
            return ResponseEntity.badRequest().body(new Problem("pool"));
        }
        return sync.places(device, request.kind(), request.pool(), request.places())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem("places")));
    }

    /**
     * A resident typed a code at the kiosk that it did not make: the sign-up made at another site for an event offered
     * at the device's site, found by the code and the surname's first letters (the kiosk slows down guessing).
     */
    @PostMapping(SyncMessages.BOOKING)
    ResponseEntity<?> booking(@AuthenticationPrincipal Device device, @RequestBody BookingRequest request) {
        if (request.code() == null || request.code().length() > 20 || request.surnameStart() == null
                || request.surnameStart().isBlank() || request.surnameStart().length() > 60) {
            return ResponseEntity.badRequest().body(new Problem("code"));
        }
        return ResponseEntity.ok(new BookingResponse(
                changes.find(device.siteId(), request.code(), request.surnameStart()).orElse(null)));
    }

    /**
     * The resident at the kiosk changes a sign-up made at another site: the sign-up after the change, or 409 with
     * {@code full} (no place at the new time) or {@code changed} (changed meanwhile, or no longer changeable).
     */
    @PostMapping(SyncMessages.CHANGE)
    ResponseEntity<?> change(@AuthenticationPrincipal Device device, @RequestBody ChangeCall call) {
        if (call.request() == null || call.code() == null || !ReferenceCode.isWellFormed(ReferenceCode.normalize(call.code()))) {
            return ResponseEntity.badRequest().body(new Problem("change"));
        }
        try {
            return ResponseEntity.ok(changes.change(device.siteId(), call.request(), call.code(),
                    call.returned() == null ? List.of() : call.returned(), Actor.device("kiosk of " + device.siteId())));
        } catch (SlotFullException full) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem("full"));
        } catch (NotChangeableException changed) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem("changed"));
        }
    }

    /** A record that is not the device's site's, or does not fit: 400, and nothing of the request is stored. */
    @ExceptionHandler({IllegalArgumentException.class, DataIntegrityViolationException.class})
    ResponseEntity<Problem> refused() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem("record"));
    }

    /** A body that is not the JSON asked for changes nothing. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem("body"));
    }
}
