package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.KioskApplication;
import fi.palvelupiste.kiosk.KioskOnly;
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
import fi.palvelupiste.kiosk.forms.FormPrintSync;
import fi.palvelupiste.kiosk.forms.FormPrintsRecord;
import fi.palvelupiste.kiosk.forms.SharedForms;
import fi.palvelupiste.kiosk.photoday.WalkInRecord;
import fi.palvelupiste.kiosk.photoday.WalkInSync;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.queue.QueueDayRecord;
import fi.palvelupiste.kiosk.queue.QueueDaySync;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.ride.RideBookingRecord;
import fi.palvelupiste.kiosk.ride.RideSync;
import fi.palvelupiste.kiosk.ride.SharedRides;
import fi.palvelupiste.kiosk.site.HubLink;
import fi.palvelupiste.kiosk.signup.ChangeRequest;
import fi.palvelupiste.kiosk.signup.HeldElsewhere;
import fi.palvelupiste.kiosk.signup.HubBookings;
import fi.palvelupiste.kiosk.signup.HubUnreachableException;
import fi.palvelupiste.kiosk.signup.NotChangeableException;
import fi.palvelupiste.kiosk.signup.SharedEvents;
import fi.palvelupiste.kiosk.signup.SignupChanges;
import fi.palvelupiste.kiosk.signup.SignupRecord;
import fi.palvelupiste.kiosk.signup.SignupSync;
import fi.palvelupiste.kiosk.signup.SlotFullException;
import fi.palvelupiste.kiosk.site.SiteIdentity;
import fi.palvelupiste.kiosk.sync.CountsUp;
import fi.palvelupiste.kiosk.sync.Escrow;
import fi.palvelupiste.kiosk.sync.Grant;
import fi.palvelupiste.kiosk.sync.Outbox;
import fi.palvelupiste.kiosk.sync.PlacesFromHub;
import fi.palvelupiste.kiosk.sync.Returned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A kiosk's side of its hub: linking with the hub's address and a one-time code from the coordinator, and the
 * regular contact ({@code kiosk.hub.contact-interval}) that tells the hub the kiosk is alive (version, clock, printer,
 * people waiting: the hub's fleet view) and picks up a rotated token. Every call has a short timeout
 * ({@code kiosk.hub.timeout}): without the hub, the kiosk simply goes on. The link itself is {@link SiteIdentity}'s.
 */
@KioskOnly
@Service
public class HubConnection implements PlacesFromHub, HubBookings {

    private static final Logger log = LoggerFactory.getLogger(HubConnection.class);
    /** The last problem as stored ({@link HubLink#lastProblem()}): a word, and for an answer its HTTP status. */
    public static final String PROBLEM_UNREACHABLE = "unreachable";
    public static final String PROBLEM_ANSWER = "answer";

    private final SiteIdentity site;
    private final PrintJobService printing;
    private final QueueDesk queues;
    private final SharedEvents shared;
    private final SharedForms sharedForms;
    private final Escrow places;
    private final SignupSync signups;
    private final SharedRides sharedRides;
    private final RideSync rideBookings;
    private final SignupChanges signupChanges;
    private final QueueDaySync queueDays;
    private final FormPrintSync formPrints;
    private final WalkInSync walkIns;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final HubProperties properties;
    private final Clock clock;
    /**
     * Made at the first contact with a hub, not at start: the JDK's HTTP client with its TLS set-up and the REST
     * client's JSON converters are a good part of a second that a kiosk's first touch after a power cut does not need.
     */
    private final SingletonSupplier<RestClient> http = SingletonSupplier.of(this::newClient);
    /** One sync at a time: the regular contact and the quick push never overlap. */
    private final ReentrantLock syncing = new ReentrantLock();
    /** After a failed push the next waits (System.nanoTime, not the wall clock), twice as long each time. */
    private long pushNotBefore = System.nanoTime();
    private Duration pushWait;

    HubConnection(SiteIdentity site, PrintJobService printing, QueueDesk queues, SharedEvents shared,
                  SharedForms sharedForms, SharedRides sharedRides, Escrow places, SignupSync signups,
                  RideSync rideBookings, SignupChanges signupChanges, QueueDaySync queueDays,
                  FormPrintSync formPrints, WalkInSync walkIns, Outbox outbox, PlatformTransactionManager transactions,
                  HubProperties properties, Clock clock) {
        this.signupChanges = signupChanges;
        this.site = site;
        this.printing = printing;
        this.queues = queues;
        this.shared = shared;
        this.sharedForms = sharedForms;
        this.places = places;
        this.signups = signups;
        this.sharedRides = sharedRides;
        this.rideBookings = rideBookings;
        this.queueDays = queueDays;
        this.formPrints = formPrints;
        this.walkIns = walkIns;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.pushWait = properties.pushInterval();
        this.clock = clock;
    }

    private RestClient newClient() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(properties.timeout());
        // buffered: the body goes with its Content-Length, which the hub requires (it refuses chunked bodies)
        return RestClient.builder().requestFactory(new BufferingClientHttpRequestFactory(requests)).build();
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
            enrolled = http.obtain().post().uri(hub.resolve(SyncMessages.ENROL)).contentType(MediaType.APPLICATION_JSON)
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

    /**
     * One contact with the hub, now: the report, then what changed on the hub for this site, then what waits in the
     * outbox. False when there is no usable link or the hub could not be reached or refused something.
     */
    @Scheduled(initialDelayString = "${kiosk.hub.contact-interval:60s}",
            fixedDelayString = "${kiosk.hub.contact-interval:60s}")
    public boolean contact() {
        Optional<HubLink> found = site.hubLink();
        if (found.isEmpty() || found.get().refused()) {
            return false;
        }
        syncing.lock();
        try {
            return call(found.get(), link -> {
                HelloResponse answer = post(link, SyncMessages.HELLO, report(), HelloResponse.class);
                if (answer.newToken() != null) {
                    site.replaceToken(answer.newToken());
                    log.info("The hub gave this kiosk a new device token");
                }
                HubLink current = site.hubLink().orElseThrow();
                pullDown(current);
                pushUp(current);
                site.contacted(answer.siteName());
            });
        } finally {
            syncing.unlock();
        }
    }

    /**
     * Sends what waits in the outbox, between contacts ({@code kiosk.hub.push-interval}), so that the hub has a
     * sign-up within seconds while online; after a failure it waits longer each time, up to the contact interval.
     */
    @Scheduled(initialDelayString = "${kiosk.hub.push-interval:2s}", fixedDelayString = "${kiosk.hub.push-interval:2s}")
    public void pushPending() {
        if (System.nanoTime() - pushNotBefore < 0 || outbox.size() == 0) {
            return;
        }
        Optional<HubLink> found = site.hubLink();
        if (found.isEmpty() || found.get().refused() || !syncing.tryLock()) {
            return;
        }
        try {
            if (call(found.get(), this::pushUp)) {
                pushWait = properties.pushInterval();
            } else {
                pushNotBefore = System.nanoTime() + pushWait.toNanos();
                Duration longer = pushWait.multipliedBy(2);
                pushWait = longer.compareTo(properties.contactInterval()) > 0 ? properties.contactInterval() : longer;
            }
        } finally {
            syncing.unlock();
        }
    }

    /** Asks the hub for more places while a resident waits; empty when it has none or does not answer in time. */
    @Override
    public Optional<Grant> ask(String kind, UUID pool, int count) {
        Optional<HubLink> found = site.hubLink().filter(link -> !link.refused());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            Grant grant = post(found.get(), SyncMessages.PLACES, new PlacesRequest(kind, pool, count), Grant.class);
            places.take(List.of(grant));
            return Optional.of(grant);
        } catch (RestClientException e) {
            log.info("The hub had no places of {} {} or did not answer: {}", kind, pool, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The sign-up made at another site with this code, for an event offered here, as the hub holds it; empty when
     * there is none or this kiosk is not linked.
     *
     * @throws HubUnreachableException the hub did not answer in time
     */
    @Override
    public Optional<HeldElsewhere> find(String code, String surnameStart) {
        Optional<HubLink> found = site.hubLink().filter(link -> !link.refused());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(post(found.get(), SyncMessages.BOOKING,
                    new BookingRequest(code, surnameStart), BookingResponse.class).booking());
        } catch (RestClientException e) {
            log.info("The hub could not be asked for a sign-up made elsewhere: {}", e.getMessage());
            throw new HubUnreachableException(e.getMessage());
        }
    }

    /** Asks the hub to change a sign-up made at another site, while the resident waits. */
    @Override
    public HeldElsewhere change(ChangeRequest request, String code, List<Returned> given) {
        HubLink link = site.hubLink().filter(found -> !found.refused())
                .orElseThrow(() -> new HubUnreachableException("not linked"));
        try {
            return post(link, SyncMessages.CHANGE, new ChangeCall(request, code, given), HeldElsewhere.class);
        } catch (HttpClientErrorException.Conflict conflict) {
            Problem problem = conflict.getResponseBodyAs(Problem.class);
            if (problem != null && "full".equals(problem.problem())) {
                throw new SlotFullException(0);
            }
            throw new NotChangeableException(code);
        } catch (RestClientException e) {
            log.info("The hub could not change a sign-up made elsewhere: {}", e.getMessage());
            throw new HubUnreachableException(e.getMessage());
        }
    }

    /** Applies the hub's changes for this site, batch by batch; each batch and its mark in one transaction. */
    private void pullDown(HubLink link) {
        long mark = link.downMark();
        boolean more = true;
        while (more) {
            DownResponse answer = post(link, SyncMessages.DOWN, new DownRequest(mark), DownResponse.class);
            transaction.executeWithoutResult(status -> {
                shared.apply(answer.events(), answer.withdrawn());
                sharedRides.apply(answer.rides(), answer.withdrawnRides());
                sharedForms.apply(answer.forms());
                // a move asked at another site gets the place the hub granted with it, before this kiosk's waitlist
                places.take(answer.grants(), () -> signupChanges.takeFromHub(
                        answer.changes() == null ? List.of() : answer.changes()));
                site.downApplied(answer.mark());
            });
            more = answer.more() && answer.mark() != mark;
            mark = answer.mark();
        }
    }

    /**
     * Sends the outbox, batch by batch (sign-ups, ride bookings, queue days, form print counts and walk-in numbers side
     * by side), with
     * the places given back; what the hub stored leaves the outbox.
     */
    private void pushUp(HubLink link) {
        List<Returned> returned = places.returnedHere();
        Optional<SignupSync.Batch> batch = signups.next(properties.batchSize());
        Optional<RideSync.Batch> rideBatch = rideBookings.next(properties.batchSize());
        Optional<CountsUp.Batch<QueueDayRecord>> dayBatch = queueDays.next(properties.batchSize());
        Optional<CountsUp.Batch<FormPrintsRecord>> printBatch = formPrints.next(properties.batchSize());
        Optional<CountsUp.Batch<WalkInRecord>> walkInBatch = walkIns.next(properties.batchSize());
        Optional<Outbox.Pending> taken = signupChanges.takenNotTold(properties.batchSize());
        while (batch.isPresent() || rideBatch.isPresent() || dayBatch.isPresent() || printBatch.isPresent()
                || walkInBatch.isPresent() || taken.isPresent() || !returned.isEmpty()) {
            UpResponse answer = post(link, SyncMessages.UP, new UpRequest(
                    batch.map(SignupSync.Batch::signups).orElse(List.of()),
                    rideBatch.map(RideSync.Batch::bookings).orElse(List.of()), returned,
                    dayBatch.map(CountsUp.Batch::counts).orElse(List.of()),
                    printBatch.map(CountsUp.Batch::counts).orElse(List.of()),
                    taken.map(told -> List.copyOf(told.versions().keySet())).orElse(List.of()),
                    walkInBatch.map(CountsUp.Batch::counts).orElse(List.of())), UpResponse.class);
            Set<UUID> refused = answer.refused() == null ? Set.of() : Set.copyOf(answer.refused());
            if (!refused.isEmpty()) {
                log.warn("The hub refused to store {} records (their event, time or ride is not on the hub, or it "
                        + "holds them for another site); they stay on this kiosk", refused.size());
            }
            batch.ifPresent(sent -> signups.acknowledged(sent.upTo(), sent.signups().stream()
                    .map(SignupRecord::publicId).filter(refused::contains).toList()));
            rideBatch.ifPresent(sent -> rideBookings.acknowledged(sent.upTo(), sent.bookings().stream()
                    .map(RideBookingRecord::publicId).filter(refused::contains).toList()));
            taken.ifPresent(told -> signupChanges.takenTold(told.upTo()));
            dayBatch.ifPresent(sent -> queueDays.acknowledged(sent.upTo(), refusedOf(sent, refused)));
            printBatch.ifPresent(sent -> formPrints.acknowledged(sent.upTo(), refusedOf(sent, refused)));
            walkInBatch.ifPresent(sent -> walkIns.acknowledged(sent.upTo(), refusedOf(sent, refused)));
            returned = List.of();
            taken = taken.isPresent() ? signupChanges.takenNotTold(properties.batchSize()) : Optional.empty();
            batch = batch.isPresent() ? signups.next(properties.batchSize()) : Optional.empty();
            rideBatch = rideBatch.isPresent() ? rideBookings.next(properties.batchSize()) : Optional.empty();
            dayBatch = dayBatch.isPresent() ? queueDays.next(properties.batchSize()) : Optional.empty();
            printBatch = printBatch.isPresent() ? formPrints.next(properties.batchSize()) : Optional.empty();
            walkInBatch = walkInBatch.isPresent() ? walkIns.next(properties.batchSize()) : Optional.empty();
        }
    }

    private static List<UUID> refusedOf(CountsUp.Batch<? extends CountsUp.Count> sent, Set<UUID> refused) {
        return sent.counts().stream().map(CountsUp.Count::publicId).filter(refused::contains).toList();
    }

    private <T> T post(HubLink link, String path, Object body, Class<T> answer) {
        T read = http.obtain().post().uri(link.hubUrl().resolve(path))
                .header("Authorization", "Bearer " + link.deviceToken())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(answer);
        if (read == null) {
            throw new RestClientException("no body in the answer to " + path);
        }
        return read;
    }

    private interface Exchange {
        void with(HubLink link);
    }

    /** Runs calls to the hub; a failure is stored for the admin and told by false. */
    private boolean call(HubLink link, Exchange exchange) {
        try {
            exchange.with(link);
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
        return new HelloRequest(appVersion(), clock.instant(), printing.printerStatus().name(), waiting,
                outbox.size(), outbox.refused());
    }

    static String appVersion() {
        String version = KioskApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
