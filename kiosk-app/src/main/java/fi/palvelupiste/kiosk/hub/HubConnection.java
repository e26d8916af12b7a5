package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.KioskApplication;
import fi.palvelupiste.kiosk.KioskOnly;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.hub.SyncMessages.EnrolRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.EnrolResponse;
import fi.palvelupiste.kiosk.hub.SyncMessages.HelloRequest;
import fi.palvelupiste.kiosk.hub.SyncMessages.HelloResponse;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.site.HubLink;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;

/**
 * A kiosk's side of its hub: linking with the hub's address and a one-time code from the coordinator, and the
 * regular contact ({@code kiosk.hub.contact-interval}) that tells the hub the kiosk is alive (version, clock, printer,
 * people waiting: the hub's fleet view) and picks up a rotated token. Every call has a short timeout
 * ({@code kiosk.hub.timeout}): without the hub, the kiosk simply goes on. The link itself is {@link SiteIdentity}'s.
 */
@KioskOnly
@Service
public class HubConnection {

    private static final Logger log = LoggerFactory.getLogger(HubConnection.class);
    /** The last problem as stored ({@link HubLink#lastProblem()}): a word, and for an answer its HTTP status. */
    public static final String PROBLEM_UNREACHABLE = "unreachable";
    public static final String PROBLEM_ANSWER = "answer";

    private final SiteIdentity site;
    private final PrintJobService printing;
    private final QueueDesk queues;
    private final Clock clock;
    private final RestClient http;

    HubConnection(SiteIdentity site, PrintJobService printing, QueueDesk queues, HubProperties properties,
                  Clock clock) {
        this.site = site;
        this.printing = printing;
        this.queues = queues;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(properties.timeout());
        // buffered: the body goes with its Content-Length, which the hub requires (it refuses chunked bodies)
        this.http = RestClient.builder().requestFactory(new BufferingClientHttpRequestFactory(requests)).build();
    }

    /**
     * Links this kiosk to the hub at {@code typedAddress} with the one-time {@code code}; replaces an earlier link.
     * Nothing changes on the kiosk when it fails.
     *
     * @throws HubRefusedException with {@code hub.link.error.address|https|code|unreachable|answer}
     */
    public HubLink link(String typedAddress, String code, Actor actor) {
        HubAddress.Result parsed = HubAddress.parse(typedAddress);
        if (parsed.problem().isPresent()) {
            throw new HubRefusedException(parsed.problem().get() == HubAddress.Problem.NOT_HTTPS
                    ? "hub.link.error.https" : "hub.link.error.address");
        }
        URI hub = parsed.address().orElseThrow();
        String typedCode = code == null ? "" : code.strip();
        if (typedCode.isEmpty() || typedCode.length() > 40) {
            throw new HubRefusedException("hub.link.error.code");
        }
        EnrolResponse enrolled;
        try {
            enrolled = http.post().uri(hub.resolve(SyncMessages.ENROL)).contentType(MediaType.APPLICATION_JSON)
                    .body(new EnrolRequest(typedCode, appVersion())).retrieve().body(EnrolResponse.class);
        } catch (HttpClientErrorException e) {
            throw new HubRefusedException(e.getStatusCode().value() == 400 ? "hub.link.error.code"
                    : "hub.link.error.answer");
        } catch (RestClientResponseException e) {
            log.warn("Linking to the hub {}: it answered {}", hub, e.getStatusCode());
            throw new HubRefusedException("hub.link.error.answer");
        } catch (RestClientException e) {
            log.warn("Linking to the hub {}: {}", hub, e.getMessage());
            throw new HubRefusedException("hub.link.error.unreachable");
        }
        if (enrolled == null || enrolled.deviceToken() == null || enrolled.siteId() == null) {
            throw new HubRefusedException("hub.link.error.answer");
        }
        site.link(hub, enrolled.siteId(), enrolled.siteName(), enrolled.deviceToken(), actor);
        log.info("Linked to the hub {} as site {} ({})", hub, enrolled.siteId(), enrolled.siteName());
        return site.hubLink().orElseThrow();
    }

    /** One contact with the hub, now; false when there is no usable link or the hub could not be reached. */
    @Scheduled(initialDelayString = "${kiosk.hub.contact-interval:60s}",
            fixedDelayString = "${kiosk.hub.contact-interval:60s}")
    public boolean contact() {
        Optional<HubLink> found = site.hubLink();
        if (found.isEmpty() || found.get().refused()) {
            return false;
        }
        HubLink link = found.get();
        try {
            HelloResponse answer = http.post().uri(link.hubUrl().resolve(SyncMessages.HELLO))
                    .header("Authorization", "Bearer " + link.deviceToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(report()).retrieve().body(HelloResponse.class);
            if (answer == null) {
                site.contactFailed(PROBLEM_ANSWER + " 200", false);
                return false;
            }
            if (answer.newToken() != null) {
                site.replaceToken(answer.newToken());
                log.info("The hub gave this kiosk a new device token");
            }
            site.contacted(answer.siteName());
            return true;
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            boolean refused = status.value() == 401;
            if (refused) {
                log.warn("The hub {} refused this kiosk's token: it was revoked; link the kiosk again", link.hubUrl());
            }
            site.contactFailed(PROBLEM_ANSWER + " " + status.value(), refused);
            return false;
        } catch (RestClientException e) {
            log.info("The hub {} could not be reached: {}", link.hubUrl(), e.getMostSpecificCause().toString());
            site.contactFailed(PROBLEM_UNREACHABLE, false);
            return false;
        }
    }

    /** What the kiosk tells its hub about itself with each contact: no personal data. */
    HelloRequest report() {
        int waiting = queues.queues().stream().mapToInt(queue -> queues.waiting(queue.id()).size()).sum();
        return new HelloRequest(appVersion(), clock.instant(), printing.printerStatus().name(), waiting);
    }

    static String appVersion() {
        String version = KioskApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
