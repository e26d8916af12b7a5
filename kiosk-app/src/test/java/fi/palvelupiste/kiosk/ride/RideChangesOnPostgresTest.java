package fi.palvelupiste.kiosk.ride;

import fi.palvelupiste.kiosk.OnPostgresTest;

/** Every test of {@link RideChangesTest} again on a real PostgreSQL: the change's UPDATEs and V96 run on both. */
@OnPostgresTest
class RideChangesOnPostgresTest extends RideChangesTest {
}
