package fi.palvelupiste.kiosk.campaign;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One of a campaign's events, rides or forms as its page lists it.
 *
 * @param date  the event's or the ride's day; null for a form, which is not dated
 * @param draft a copy for the next round that residents are not offered yet
 */
public record CampaignPart(Kind kind, String key, String title, @Nullable LocalDate date, boolean draft) {

    public enum Kind { EVENT, RIDE, FORM }
}
