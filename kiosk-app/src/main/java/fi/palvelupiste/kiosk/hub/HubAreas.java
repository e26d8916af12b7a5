package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.audit.AuditLog;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import fi.palvelupiste.kiosk.signup.PersonalDataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hub users' areas (DESIGN.md §8): the municipalities each works for. A coordinator reads the personal data of the
 * sign-ups made at the sites of their areas only; a user with no area reads none. Admins give the areas; every change
 * is audited.
 */
@HubOnly
@Service
public class HubAreas implements PersonalDataScope {

    private final HubRepository hub;
    private final StaffAccounts accounts;
    private final AuditLog audit;

    HubAreas(HubRepository hub, StaffAccounts accounts, AuditLog audit) {
        this.hub = hub;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> readableSites(Actor actor) {
        return actor instanceof Actor.Staff staff ? hub.sitesInAreasOf(staff.username()) : Set.of();
    }

    /** The municipalities there are sites in, to choose areas from. */
    @Transactional(readOnly = true)
    public List<String> municipalities() {
        return hub.sites().stream().map(Site::municipality).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<String> areasOf(String username) {
        return hub.areasOf(username);
    }

    /**
     * The municipalities the user works for from now on.
     *
     * @throws HubRefusedException {@code hub.areas.error.no-user} when there is no such user
     */
    @Transactional
    public void setAreas(String username, Collection<String> municipalities, Actor actor) {
        accounts.find(username).orElseThrow(() -> new HubRefusedException("hub.areas.error.no-user"));
        Set<String> areas = new TreeSet<>(municipalities);
        hub.replaceAreas(username, areas);
        audit.record(actor, "set the areas of " + username + " to " + (areas.isEmpty() ? "none" : String.join(", ", areas)));
    }
}
