package fi.palvelupiste.kiosk.admin;

import fi.palvelupiste.kiosk.FuzzChecks;
import fi.palvelupiste.kiosk.FuzzText;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.ServiceProperties;
import fi.palvelupiste.kiosk.security.Role;
import fi.palvelupiste.kiosk.security.StaffAccounts;
import fi.palvelupiste.kiosk.security.StaffUser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz of staff accounts' usernames and display names through {@link StaffAccounts} (creating and changing an
 * account). Each try is rolled back. An account is created exactly for a username of the rule and a display name
 * that fits its column without control characters, and otherwise refused with a {@code users.error.*} key.
 */
@KioskTest
class StaffAccountInputFuzzProperties extends ServiceProperties {

    @Autowired
    StaffAccounts accounts;

    @Property(tries = 200)
    void an_account_with_any_username_and_display_name_is_created_as_typed_or_refused(
            @ForAll("usernames") String username, @ForAll("displayNames") String displayName) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        boolean acceptable = normalized.matches("[a-z0-9._-]{2,60}") && accounts.find(normalized).isEmpty()
                && !displayName.isBlank()
                && FuzzChecks.acceptable(displayName, columnLength("staff_user", "display_name"), false);
        Statistics.collect(acceptable ? "created" : "refused");
        rolledBack(() -> {
            StaffAccounts.PasswordRejected refused = catchThrowableOfType(StaffAccounts.PasswordRejected.class,
                    () -> accounts.create(username, displayName, Set.of(Role.STAFF)));
            if (!acceptable) {
                assertThat(refused).as("refusal of an account that breaks the rule").isNotNull();
                assertThat(refused.messageKey()).startsWith("users.error.");
                return;
            }
            assertThat(refused).as("refusal of an account the rule accepts").isNull();
            StaffUser created = accounts.find(normalized).orElseThrow();
            FuzzChecks.assertStored(created.displayName(), displayName.strip(),
                    columnLength("staff_user", "display_name"), false);
            assertThat(created.username()).isEqualTo(normalized);
        });
    }

    @Property(tries = 300)
    void a_changed_display_name_is_stored_as_typed_or_refused(@ForAll("displayNames") String displayName) {
        boolean acceptable = !displayName.isBlank()
                && FuzzChecks.acceptable(displayName, columnLength("staff_user", "display_name"), false);
        rolledBack(() -> {
            // straight into the table: the account's BCrypt hash is of no interest here and costs a tenth of a second
            jdbc.sql("""
                    INSERT INTO staff_user (username, display_name, password_hash, roles, created_at)
                    VALUES ('fuzz.user', 'Fuzz User', 'no password', 'STAFF', CURRENT_TIMESTAMP)""").update();
            StaffAccounts.PasswordRejected refused = catchThrowableOfType(StaffAccounts.PasswordRejected.class,
                    () -> accounts.update("fuzz.user", displayName, Set.of(Role.STAFF), true));
            if (!acceptable) {
                assertThat(refused).as("refusal of a display name that breaks the rule").isNotNull();
                return;
            }
            assertThat(refused).as("refusal of a display name the rule accepts").isNull();
            FuzzChecks.assertStored(accounts.find("fuzz.user").orElseThrow().displayName(), displayName.strip(),
                    columnLength("staff_user", "display_name"), false);
        });
    }

    @Provide
    Arbitrary<String> usernames() {
        return Arbitraries.frequencyOf(
                Tuple.of(50, Arbitraries.strings().withChars("abcdxyz0189._-").ofMinLength(2).ofMaxLength(30)),
                Tuple.of(20, Arbitraries.strings().withChars("abcxyz0189._-ABCİıß ").ofMinLength(1).ofMaxLength(62)),
                Tuple.of(30, FuzzText.anyText()));
    }

    @Provide
    Arbitrary<String> displayNames() {
        return Arbitraries.frequencyOf(Tuple.of(40, FuzzText.plain(1, 110)), Tuple.of(60, FuzzText.anyText()));
    }
}
