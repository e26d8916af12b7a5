package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.signup.SiteChoices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's sites and their kiosks: a coordinator creates a site and an enrolment code; a kiosk exchanges the code
 * for a device token (the hub keeps its hash only); the token can be revoked or rotated. Every change is audited,
 * never with a secret in it.
 */
@HubOnly
@Service
public class HubSites implements SiteChoices {

    static final int MAX_NAME = 100;

    private final HubRepository hub;
    private final HubProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    HubSites(HubRepository hub, HubProperties properties, AuditLog audit, Clock clock) {
        this.hub = hub;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Site> sites() {
        return hub.sites();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SiteChoice> siteChoices() {
        return hub.sites().stream()
                .sorted(Comparator.comparing(Site::municipality).thenComparing(Site::name))
                .map(site -> new SiteChoice(site.id(), site.name(), site.municipality())).toList();
    }

    @Transactional(readOnly = true)
    public List<Device> devices() {
        return hub.devices();
    }

    /**
     * The fleet: every kiosk with what needs attention, those needing it first (worst reason first), then by site;
     * revoked kiosks last.
     */
    @Transactional(readOnly = true)
    public List<FleetRow> fleet() {
        OffsetDateTime now = now();
        Comparator<FleetRow> order = Comparator.comparing((FleetRow row) -> row.device().revoked())
                .thenComparing(row -> row.attention().isEmpty())
                .thenComparing(row -> row.attention().isEmpty() ? Attention.values().length
                        : row.attention().iterator().next().ordinal())
                .thenComparing(row -> row.device().siteId());
        return hub.devices().stream()
                .map(device -> new FleetRow(device, Attention.of(device, now, properties.offlineAfter())))
                .sorted(order).toList();
    }

    /**
     * Every site with what its kiosks in use need (the union of their reasons), sites needing attention first (worst
     * reason first), then sites without a kiosk yet, then the rest; by municipality and name within each.
     */
    @Transactional(readOnly = true)
    public List<SiteStatus> siteStatuses() {
        List<FleetRow> fleet = fleet();
        Comparator<SiteStatus> order = Comparator.comparingInt(SiteStatus::rank)
                .thenComparing(status -> status.site().municipality()).thenComparing(status -> status.site().name());
        return hub.sites().stream().map(site -> {
            List<FleetRow> kiosks = fleet.stream()
                    .filter(row -> row.device().siteId().equals(site.id()) && !row.device().revoked()).toList();
            Set<Attention> attention = EnumSet.noneOf(Attention.class);
            kiosks.forEach(row -> attention.addAll(row.attention()));
            OffsetDateTime last = kiosks.stream().map(row -> row.device().lastContactAt()).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            return new SiteStatus(site, kiosks.size(), last, attention);
        }).sorted(order).toList();
    }

    /** A site on the sites page: how many kiosks it has in use, their newest contact, and what they need. */
    public record SiteStatus(Site site, int kiosks, @Nullable OffsetDateTime lastContact, Set<Attention> attention) {

        /** Sites needing attention first (by their worst reason), then those without a kiosk, then the rest. */
        int rank() {
            if (!attention.isEmpty()) {
                return attention.iterator().next().ordinal();
            }
            return kiosks == 0 ? Attention.values().length : Attention.values().length + 1;
        }
    }

    /** How long without contact makes a kiosk "offline" ({@code kiosk.hub.offline-after}). */
    public Duration offlineAfter() {
        return properties.offlineAfter();
    }

    /** A kiosk in the fleet view, with why it needs attention (empty: all well). */
    public record FleetRow(Device device, Set<Attention> attention) {
    }

    /** A new site; its id is random, so that two sites of the same name never share records. */
    @Transactional
    public Site createSite(String name, String municipality, Actor actor) {
        String cleanName = clean(name, "hub.site.name");
        String cleanMunicipality = clean(municipality, "hub.site.municipality");
        if (hub.sites().stream().anyMatch(site -> site.name().equalsIgnoreCase(cleanName)
                && site.municipality().equalsIgnoreCase(cleanMunicipality))) {
            // a second tap on "create", or the same library typed again: one site, so its kiosks' sign-ups stay together
            throw new HubRefusedException("hub.error.site-exists");
        }
        String id = UUID.randomUUID().toString();
        hub.insertSite(id, cleanName, cleanMunicipality, actor.name(), now());
        audit.record(actor, "created the site " + id + " (" + cleanName + ", " + cleanMunicipality + ")");
        return hub.site(id).orElseThrow();
    }

    @Transactional
    public void renameSite(String id, String name, String municipality, Actor actor) {
        String cleanName = clean(name, "hub.site.name");
        String cleanMunicipality = clean(municipality, "hub.site.municipality");
        if (hub.updateSite(id, cleanName, cleanMunicipality) == 0) {
            throw new HubRefusedException("hub.error.site-gone");
        }
        audit.record(actor, "renamed the site " + id + " to " + cleanName + ", " + cleanMunicipality);
    }

    /** A one-time code for enrolling one kiosk to the site, valid for {@code kiosk.hub.enrolment-valid-for}. */
    @Transactional
    public EnrolmentCode newEnrolmentCode(String siteId, Actor actor) {
        Site site = hub.site(siteId).orElseThrow(() -> new HubRefusedException("hub.error.site-gone"));
        String code = Secrets.newCode();
        OffsetDateTime expires = now().plus(properties.enrolmentValidFor());
        hub.insertCode(Secrets.hash(Secrets.normalizeCode(code)), siteId, actor.name(), now(), expires);
        audit.record(actor, "made an enrolment code for the site " + siteId + ", valid until " + expires);
        return new EnrolmentCode(code, site, expires, properties.publicUrl());
    }

    /**
     * A kiosk's enrolment: the code is used up and a new device gets a token, which only this answer ever holds.
     * Empty when the code is unknown, used or expired (the kiosk is not told which).
     */
    @Transactional
    public Optional<Enrolled> enrol(String code, @Nullable String appVersion) {
        Optional<String> siteId = hub.useCode(Secrets.hash(Secrets.normalizeCode(code)), now());
        if (siteId.isEmpty()) {
            return Optional.empty();
        }
        String token = Secrets.newToken();
        UUID device = hub.insertDevice(siteId.get(), Secrets.hash(token), shorten(appVersion), now());
        Site site = hub.site(siteId.get()).orElseThrow();
        audit.record(Actor.device("kiosk " + device), "enrolled to the site " + site.id() + " (" + site.name() + ")");
        return Optional.of(new Enrolled(site, device, token));
    }

    /**
     * The device a token belongs to, if it may call the hub: not revoked. The first call with a newly issued token
     * retires the old one.
     */
    @Transactional
    public Optional<Device> authenticate(String token) {
        Optional<HubRepository.TokenMatch> match = hub.byToken(Secrets.hash(token));
        if (match.isEmpty() || match.get().device().revoked()) {
            return Optional.empty();
        }
        if (match.get().current()) {
            return Optional.of(match.get().device());
        }
        hub.promoteNextToken(match.get().device().id());
        return hub.device(match.get().device().id());
    }

    /**
     * A kiosk's regular contact: remembers when, its version and its clock's difference; hands out a new token when
     * a rotation was asked (again on every contact until the kiosk uses it).
     */
    @Transactional
    public Contact contact(Device device, Report report) {
        OffsetDateTime now = now();
        Long offset = report.kioskClock() == null ? null
                : Duration.between(now.toInstant(), report.kioskClock()).toMillis();
        String printer = report.printer() == null || report.printer().length() > 20 ? null : report.printer();
        Integer waiting = report.peopleWaiting() == null || report.peopleWaiting() < 0 ? null : report.peopleWaiting();
        Integer backlog = report.outboxBacklog() == null || report.outboxBacklog() < 0 ? null : report.outboxBacklog();
        Integer refused = report.refused() == null || report.refused() < 0 ? null : report.refused();
        hub.contact(device.id(), now, shorten(report.appVersion()), offset, printer, waiting, backlog, refused);
        String newToken = null;
        if (device.rotationAskedAt() != null) {
            newToken = Secrets.newToken();
            hub.nextToken(device.id(), Secrets.hash(newToken));
        }
        Site site = hub.site(device.siteId()).orElseThrow();
        return new Contact(site, now.toInstant(), newToken);
    }

    @Transactional
    public void revoke(long deviceId, Actor actor) {
        Device device = hub.device(deviceId).orElseThrow(() -> new HubRefusedException("hub.error.device-gone"));
        if (hub.revoke(deviceId, actor.name(), now()) > 0) {
            audit.record(actor, "revoked the kiosk " + device.publicId() + " of the site " + device.siteId());
        }
    }

    /** The kiosk gets a new token at its next contact; the old one works until the kiosk uses the new one. */
    @Transactional
    public void rotate(long deviceId, Actor actor) {
        Device device = hub.device(deviceId).orElseThrow(() -> new HubRefusedException("hub.error.device-gone"));
        if (hub.askRotation(deviceId, now()) == 0) {
            throw new HubRefusedException("hub.error.device-revoked");
        }
        audit.record(actor, "asked a new token for the kiosk " + device.publicId() + " of the site "
                + device.siteId());
    }

    /** What a kiosk tells with its contact; any part may be missing (an older kiosk, say). */
    public record Report(@Nullable String appVersion, @Nullable Instant kioskClock, @Nullable String printer,
                         @Nullable Integer peopleWaiting, @Nullable Integer outboxBacklog,
                         @Nullable Integer refused) {
    }

    /** What enrolment gives a kiosk. */
    public record Enrolled(Site site, UUID deviceId, String token) {
    }

    /** What a contact gives a kiosk: its site (renamed, perhaps), the hub's time, and a new token when rotated. */
    public record Contact(Site site, Instant hubTime, @Nullable String newToken) {
    }

    /** A name as it is stored; a missing one is refused with {@code hub.error.required}. */
    private static String clean(String text, String labelKey) {
        String clean = TypedText.require(text, labelKey, MAX_NAME, false, HubRefusedException::new);
        if (clean.isEmpty()) {
            throw new HubRefusedException("hub.error.required");
        }
        return clean;
    }

    private static @Nullable String shorten(@Nullable String version) {
        return version == null ? null : version.length() > 60 ? version.substring(0, 60) : version;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
