package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.OnPostgresTest;

/**
 * Every test of {@link RideServiceTest} again on a real PostgreSQL, the hub's database: the same services
 * and SQL run on both.
 */
@OnPostgresTest
class RideServiceOnPostgresTest extends RideServiceTest {
}
