package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.OnPostgresTest;

/** Every test of {@link RideBoardingTest} again on a real PostgreSQL: the ticks' SQL runs on both. */
@OnPostgresTest
class RideBoardingOnPostgresTest extends RideBoardingTest {
}
