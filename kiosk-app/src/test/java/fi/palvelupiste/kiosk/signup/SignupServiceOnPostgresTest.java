package fi.palvelupiste.kiosk.signup;

import fi.palvelupiste.kiosk.OnPostgresTest;

/**
 * Every test of {@link SignupServiceTest} again on a real PostgreSQL, the hub's database: the same services
 * and SQL run on both.
 */
@OnPostgresTest
class SignupServiceOnPostgresTest extends SignupServiceTest {
}
