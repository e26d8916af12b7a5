package fi.palvelupiste.kiosk.photoday;

import fi.palvelupiste.kiosk.OnPostgresTest;

/** Every test of {@link PhotoDaysTest} again on a real PostgreSQL, the hub's database: V94 and its SQL run on both. */
@OnPostgresTest
class PhotoDaysOnPostgresTest extends PhotoDaysTest {
}
