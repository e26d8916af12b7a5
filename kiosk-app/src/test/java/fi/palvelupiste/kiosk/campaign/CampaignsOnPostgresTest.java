package fi.palvelupiste.kiosk.campaign;

import fi.palvelupiste.kiosk.OnPostgresTest;

/** Every test of {@link CampaignsTest} again on a real PostgreSQL: copying and publishing run on both. */
@OnPostgresTest
class CampaignsOnPostgresTest extends CampaignsTest {
}
