package fi.palvelupiste.kiosk.forms;

import java.util.UUID;

/**
 * A form in the editors' list.
 *
 * @param title            the newest version's Finnish title
 * @param publishedVersion the number of the version residents print; null when none is published
 * @param newestVersion    the number of the newest version (a draft when greater than the published one)
 * @param printsToday      prints of the form today, all languages
 * @param printsLast30Days prints in the last 30 days including today
 */
public record FormSummary(UUID publicId, String code, String title, Integer publishedVersion, int newestVersion,
                          int printsToday, int printsLast30Days) {

    public boolean hasDraft() {
        return publishedVersion == null || newestVersion > publishedVersion;
    }
}
