package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.OnPostgresTest;

/** Every test of {@link CampaignFiguresTest} again on a real PostgreSQL: the kept and live sums run on both. */
@OnPostgresTest
class CampaignFiguresOnPostgresTest extends CampaignFiguresTest {
}
