package fi.palvelupiste.kiosk.security;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.TypedText;
import fi.palvelupiste.kiosk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts: log-in, lock-out after repeated wrong passwords, the first admin, password changes.
 * Passwords are stored as BCrypt hashes only. Every log-in, failed log-in, lock-out and unlock is written in the
 * audit log; for a name that belongs to nobody, not the name typed: it may be a password typed in the wrong field.
 */
@Service
public class StaffAccounts implements UserDetailsService {

    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(5);
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Who the audit log names for a failed log-in with a username that does not exist. */
    static final String UNKNOWN_USER = "unknown";
    /** The length of {@code staff_user.display_name}. */
    static final int MAX_DISPLAY_NAME = 100;
    static final String FIRST_ADMIN = "admin";
    /** No look-alikes (0/O, 1/l/I): the one-time password is typed from a log or a note. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final KioskProperties properties;
    private final Clock clock;
    private final AuditLog audit;
    private final CommonPasswords common = CommonPasswords.load();
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(StaffUserRepository users, PasswordEncoder passwords, KioskProperties properties, Clock clock,
                  AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.roles().stream().flatMap(role -> role.withIncluded().stream()).distinct()
                        .map(Role::name).toArray(String[]::new))
                .accountLocked(user.lockedAt(now()))
                .disabled(!user.enabled())
                .build();
    }

    /** A wrong password counts towards the lock; the lock itself is audited and logged when it falls. */
    @EventListener
    @Transactional
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        Optional<StaffUser> user = find(event.getAuthentication().getName());
        if (user.isEmpty()) {
            audit.record(UNKNOWN_USER, "log-in failed: no such user");
            return;
        }
        String username = user.get().username();
        switch (event) {
            case AuthenticationFailureBadCredentialsEvent bad -> {
                users.recordFailure(username, LOCK_AFTER_FAILURES, now().plus(LOCK_FOR));
                StaffUser after = find(username).orElseThrow();
                if (after.lockedAt(now()) && !user.get().lockedAt(now())) {
                    audit.record(username, "account locked until " + after.lockedUntil() + " after "
                            + after.failedAttempts() + " wrong passwords");
                    log.warn("Staff account '{}' is locked until {} after {} wrong passwords", username,
                            after.lockedUntil(), after.failedAttempts());
                } else {
                    audit.record(username, "log-in failed: wrong password (" + after.failedAttempts() + " in a row)");
                }
            }
            case AuthenticationFailureLockedEvent locked ->
                    audit.record(username, "log-in refused: account locked until " + user.get().lockedUntil());
            case AuthenticationFailureDisabledEvent disabled -> audit.record(username, "log-in refused: account disabled");
            default -> audit.record(username, "log-in failed: " + event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    @Transactional
    void onLogin(AuthenticationSuccessEvent event) {
        String username = normalize(event.getAuthentication().getName());
        users.clearFailures(username);
        audit.record(username, "logged in");
    }

    /** Until when the account is locked after wrong passwords; empty when it is not locked now. */
    public Optional<OffsetDateTime> lockedUntil(String username) {
        return find(username).filter(user -> user.lockedAt(now())).map(StaffUser::lockedUntil);
    }

    /** Lifts a lock-out and forgets the wrong passwords, for an admin who knows who was locked out and why. */
    @Transactional
    public void unlock(String username, Actor actor) {
        StaffUser user = find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        users.clearFailures(user.username());
        audit.record(actor, "unlocked the account of " + user.username() + " (" + user.failedAttempts()
                + " wrong passwords" + (user.lockedAt(now()) ? ", locked until " + user.lockedUntil() : "") + ")");
    }

    /** At the very first start there is nobody to log in: create the admin with a one-time password. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createFirstAdmin() {
        if (users.count() > 0) {
            return;
        }
        String configured = properties.security().initialAdminPassword();
        String password = configured.isBlank() ? randomPassword() : configured;
        users.insert(FIRST_ADMIN, "Ylläpitäjä", passwords.encode(password), Set.of(Role.ADMIN), true, now());
        if (configured.isBlank()) {
            log.warn("First start: created the user '{}' with the one-time password {} — log in at /login and "
                    + "choose a new password.", FIRST_ADMIN, password);
        } else {
            log.warn("First start: created the user '{}' with the password from kiosk.security.initial-admin-password"
                    + " — it must be changed at first login.", FIRST_ADMIN);
        }
    }

    public Optional<StaffUser> find(String username) {
        return users.findByUsername(normalize(username));
    }

    public List<StaffUser> all() {
        return users.findAll();
    }

    public boolean mustChangePassword(String username) {
        return find(username).map(StaffUser::mustChangePassword).orElse(false);
    }

    /**
     * Changes one's own password.
     *
     * @throws PasswordRejected with the message key that tells the person what to do
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        StaffUser user = find(username).orElseThrow(() -> new PasswordRejected("password.error.current"));
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new PasswordRejected("password.error.current");
        }
        checkNewPassword(user.username(), newPassword);
        if (passwords.matches(newPassword, user.passwordHash())) {
            throw new PasswordRejected("password.error.same");
        }
        users.setPassword(user.username(), passwords.encode(newPassword), false);
    }

    /** Creates an account with a one-time password, returned to be handed over; it must be changed at first login. */
    @Transactional
    public String create(String username, String displayName, Set<Role> roles) {
        String normalized = normalize(username);
        if (!normalized.matches("[a-z0-9._-]{2,60}")) {
            throw new PasswordRejected("users.error.username");
        }
        if (users.findByUsername(normalized).isPresent()) {
            throw new PasswordRejected("users.error.taken");
        }
        String name = displayName(displayName);
        String password = randomPassword();
        users.insert(normalized, name, passwords.encode(password), roles, true, now());
        return password;
    }

    @Transactional
    public void update(String username, String displayName, Set<Role> roles, boolean enabled) {
        users.update(normalize(username), displayName(displayName), roles, enabled);
    }

    /** A display name as stored: given, at most {@value #MAX_DISPLAY_NAME} characters, only text ({@link TypedText}). */
    private static String displayName(String typed) {
        String name = TypedText.clean(typed, false);
        if (name.isEmpty() || TypedText.problem(name, MAX_DISPLAY_NAME, false).isPresent()) {
            throw new PasswordRejected("users.error.display-name");
        }
        return name;
    }

    /** Gives a forgotten password a new one-time password (and unlocks the account). */
    @Transactional
    public String resetPassword(String username, Actor actor) {
        String password = randomPassword();
        users.setPassword(normalize(username), passwords.encode(password), true);
        audit.record(actor, "gave a new one-time password to " + normalize(username));
        return password;
    }

    private void checkNewPassword(String username, String newPassword) {
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new PasswordRejected("password.error.short");
        }
        if (newPassword.toLowerCase(Locale.ROOT).contains(username)) {
            throw new PasswordRejected("password.error.username");
        }
        if (common.contains(newPassword)) {
            throw new PasswordRejected("password.error.common");
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A password or account change that was refused; the message is a message key for the person. */
    public static class PasswordRejected extends RuntimeException {
        public PasswordRejected(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
