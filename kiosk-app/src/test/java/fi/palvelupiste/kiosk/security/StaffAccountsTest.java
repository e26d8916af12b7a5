package fi.palvelupiste.kiosk.security;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.audit.AuditEntry;
import fi.palvelupiste.kiosk.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KioskTest
class StaffAccountsTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void a_new_password_needs_twelve_characters() {
        String oneTime = accounts.create("lyhyt", "Lyhyt Salasana", Set.of(Role.STAFF));

        assertThatThrownBy(() -> accounts.changePassword("lyhyt", oneTime, "Kirja-11mer"))
                .isInstanceOf(StaffAccounts.PasswordRejected.class).hasMessage("password.error.short");
        accounts.changePassword("lyhyt", oneTime, "Kirja-12merk");
    }

    @Test
    void a_password_on_the_list_of_common_passwords_is_refused_in_any_case() {
        String oneTime = accounts.create("yleinen", "Yleinen Salasana", Set.of(Role.STAFF));

        for (String common : List.of("qwertyuiop123", "Qwertyuiop123", "PASSWORDPASSWORD", "123456789012")) {
            assertThatThrownBy(() -> accounts.changePassword("yleinen", oneTime, common)).as(common)
                    .isInstanceOf(StaffAccounts.PasswordRejected.class).hasMessage("password.error.common");
        }
        accounts.changePassword("yleinen", oneTime, "Kesä-Kuopio-Kirjasto");
    }

    @Test
    void the_shipped_list_holds_ten_thousand_passwords_of_twelve_characters_or_more() {
        CommonPasswords list = CommonPasswords.load();

        assertThat(list.size()).isEqualTo(10_000);
        assertThat(list.contains("1qaz2wsx3edc")).isTrue();
        assertThat(list.contains("Kesä-Kuopio-Kirjasto")).isFalse();
    }

    @Test
    void log_ins_wrong_passwords_the_lock_out_and_the_unlock_are_audited() throws Exception {
        String oneTime = accounts.create("kirjaus", "Kirjaus Testi", Set.of(Role.STAFF));
        AuthenticationManager manager = authentication.getAuthenticationManager();

        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("kirjaus", oneTime));
        for (int attempt = 1; attempt <= StaffAccounts.LOCK_AFTER_FAILURES; attempt++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("kirjaus", "väärä salasana")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("kirjaus", oneTime)))
                .as("the right password while locked").isInstanceOf(LockedException.class);
        assertThat(accounts.lockedUntil("kirjaus")).isPresent();
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ei-ketaan", "Salasana-12345")))
                .isInstanceOf(BadCredentialsException.class);

        accounts.unlock("kirjaus", Actor.staff("admin-testi"));

        assertThat(accounts.lockedUntil("kirjaus")).isEmpty();
        assertThat(accounts.find("kirjaus").orElseThrow().failedAttempts()).isZero();
        List<String> kirjaus = audit.newest(50).stream().filter(e -> e.what().contains("kirjaus")
                || e.who().equals("kirjaus")).map(e -> e.who() + ": " + e.what()).toList().reversed();
        assertThat(kirjaus).first().isEqualTo("kirjaus: logged in");
        assertThat(kirjaus).contains("kirjaus: log-in failed: wrong password (1 in a row)",
                "kirjaus: log-in failed: wrong password (4 in a row)");
        assertThat(kirjaus).anyMatch(line -> line.startsWith("kirjaus: account locked until ")
                && line.endsWith("after 5 wrong passwords"));
        assertThat(kirjaus).anyMatch(line -> line.startsWith("kirjaus: log-in refused: account locked until "));
        assertThat(kirjaus).last().asString().startsWith("admin-testi: unlocked the account of kirjaus (5 wrong passwords");
        assertThat(audit.newest(50)).extracting(AuditEntry::what).contains("log-in failed: no such user")
                .noneMatch(what -> what.contains("ei-ketaan"));
    }
}
