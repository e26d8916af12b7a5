package fi.palvelupiste.kiosk.kiosk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /kiosk/heartbeat}: {@code {"ageSeconds": n}} for provisioning's watchdog (no personal data). */
@RestController
class ScreenHeartbeatEndpoint {

    static final String PATH = "/kiosk/heartbeat";

    private final ScreenHeartbeat heartbeat;

    ScreenHeartbeatEndpoint(ScreenHeartbeat heartbeat) {
        this.heartbeat = heartbeat;
    }

    @GetMapping(PATH)
    Map<String, Long> age() {
        return Map.of("ageSeconds", heartbeat.ageSeconds());
    }
}
