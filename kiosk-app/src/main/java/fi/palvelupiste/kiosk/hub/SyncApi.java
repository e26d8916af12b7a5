package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.hub.SyncMessages.EnrolRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.EnrolResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.HelloRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.HelloResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.Problem;
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

    SyncApi(HubSites sites) {
        this.sites = sites;
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
                request.kioskTime(), request.printer(), request.peopleWaiting()));
        return new HelloResponse(contact.site().id(), contact.site().name(), contact.hubTime(), contact.newToken());
    }

    /** A body that is not the JSON asked for changes nothing. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem("body"));
    }
}
