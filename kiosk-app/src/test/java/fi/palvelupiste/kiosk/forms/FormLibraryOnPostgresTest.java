package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.kiosk.OnPostgresTest;

/**
 * Every test of {@link FormLibraryTest} again on a real PostgreSQL, the hub's database: the same services
 * and SQL run on both.
 */
@OnPostgresTest
class FormLibraryOnPostgresTest extends FormLibraryTest {
}
