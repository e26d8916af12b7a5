package fi.palvelupiste.kiosk.site;

import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Which site this node is, and its link to a hub. Every record made here carries {@link #siteId()}: the id the hub
 * gave when the kiosk is linked, else {@code kiosk.site-id}. Records made before a link keep the id they were made
 * with (they stay this kiosk's own, as in single-site mode).
 */
@Service
public class SiteIdentity {

    private final HubLinkRepository links;
    private final KioskProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher published;
    /** The id for new records, read once: it changes only through link and unlink, here (null: not read yet). */
    private volatile @Nullable String siteId;

    SiteIdentity(HubLinkRepository links, KioskProperties properties, AuditLog audit, Clock clock,
                 ApplicationEventPublisher published) {
        this.links = links;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.published = published;
    }

    /** The site id for a record made now: no database read on a resident's tap, only the first time. */
    public String siteId() {
        String known = siteId;
        if (known == null) {
            known = links.find().map(HubLink::siteId).orElse(properties.siteId());
            siteId = known;
        }
        return known;
    }

    /** After the link or unlink commits, the next record reads the id again; a rolled-back change leaves it. */
    private void forgetSiteIdAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                siteId = null;
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<HubLink> hubLink() {
        return links.find();
    }

    /**
     * Links this kiosk to a hub, replacing any earlier link; audited without the token. {@link HubLinked} tells the
     * features in the same transaction.
     */
    @Transactional
    public void link(URI hubUrl, String siteId, String siteName, String deviceToken, Actor actor) {
        links.replace(hubUrl, siteId, siteName, deviceToken, now());
        forgetSiteIdAfterCommit();
        audit.record(actor, "linked the kiosk to the hub " + hubUrl + " as site " + siteId + " (" + siteName + ")");
        published.publishEvent(new HubLinked(siteId));
    }

    /** Forgets the hub: the kiosk stands alone again and names its records with {@code kiosk.site-id}. */
    @Transactional
    public void unlink(Actor actor) {
        links.find().ifPresent(link -> {
            links.delete();
            forgetSiteIdAfterCommit();
            audit.record(actor, "removed the kiosk's link to the hub " + link.hubUrl());
        });
    }

    /** The hub answered; it may have renamed the site. */
    @Transactional
    public void contacted(@Nullable String siteName) {
        links.contact(now(), siteName);
    }

    /** The hub's changes up to {@code mark} are applied: called in the transaction that applied them. */
    @Transactional
    public void downApplied(long mark) {
        links.downMark(mark);
    }

    /** The hub rotated this kiosk's token: the new one is used from the next call on. */
    @Transactional
    public void replaceToken(String deviceToken) {
        links.token(deviceToken);
    }

    /** The last contact failed; {@code refused}: the hub refused the token (revoked). */
    @Transactional
    public void contactFailed(String problem, boolean refused) {
        links.problem(problem, refused, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
