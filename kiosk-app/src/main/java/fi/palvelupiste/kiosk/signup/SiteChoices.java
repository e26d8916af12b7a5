package fi.palvelupiste.kiosk.signup;

import java.util.List;

/** The sites a hub event can be offered at: the hub's sites (present on the hub only). */
public interface SiteChoices {

    /** A site as a coordinator chooses it. */
    record SiteChoice(String id, String name, String municipality) {
    }

    /** Every site, by municipality and name. */
    List<SiteChoice> siteChoices();
}
