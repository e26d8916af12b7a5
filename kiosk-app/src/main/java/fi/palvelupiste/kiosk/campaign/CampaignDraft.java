package fi.palvelupiste.kiosk.campaign;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A campaign as the coordinator edits it (the form's bean). */
public class CampaignDraft {

    private String name = "";
    private String municipality = "";
    private @Nullable LocalDate firstDate;
    private @Nullable LocalDate lastDate;
    private String partners = "";

    public static CampaignDraft of(Campaign campaign) {
        CampaignDraft draft = new CampaignDraft();
        draft.name = campaign.name();
        draft.municipality = campaign.municipality();
        draft.firstDate = campaign.firstDate();
        draft.lastDate = campaign.lastDate();
        draft.partners = campaign.partners();
        return draft;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public @Nullable LocalDate getFirstDate() { return firstDate; }
    public void setFirstDate(@Nullable LocalDate firstDate) { this.firstDate = firstDate; }
    public @Nullable LocalDate getLastDate() { return lastDate; }
    public void setLastDate(@Nullable LocalDate lastDate) { this.lastDate = lastDate; }
    /** Who runs it with the municipality: the parish, the bank, village associations (free text, several lines). */
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
}
