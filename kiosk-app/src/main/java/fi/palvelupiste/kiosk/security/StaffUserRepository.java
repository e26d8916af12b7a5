package fi.palvelupiste.kiosk.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Repository
class StaffUserRepository {

    private static final String COLUMNS = "id, username, display_name, password_hash, roles, must_change_password, "
            + "enabled, failed_attempts, locked_until";

    private final JdbcClient jdbc;

    StaffUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Integer.class).single();
    }

    Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE username = :username")
                .param("username", username).query(StaffUserRepository::map).optional();
    }

    List<StaffUser> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY username").query(StaffUserRepository::map).list();
    }

    void insert(String username, String displayName, String passwordHash, Set<Role> roles, boolean mustChange,
                OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO staff_user (username, display_name, password_hash, roles, must_change_password, created_at)
                VALUES (:username, :displayName, :hash, :roles, :mustChange, :now)""")
                .param("username", username).param("displayName", displayName).param("hash", passwordHash)
                .param("roles", join(roles)).param("mustChange", mustChange).param("now", now)
                .update();
    }

    void update(String username, String displayName, Set<Role> roles, boolean enabled) {
        jdbc.sql("UPDATE staff_user SET display_name = :displayName, roles = :roles, enabled = :enabled "
                        + "WHERE username = :username")
                .param("username", username).param("displayName", displayName).param("roles", join(roles))
                .param("enabled", enabled).update();
    }

    void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE staff_user SET password_hash = :hash, must_change_password = :mustChange, "
                        + "failed_attempts = 0, locked_until = NULL WHERE username = :username")
                .param("username", username).param("hash", passwordHash).param("mustChange", mustChange).update();
    }

    /** Counts a failed login; locks the account once the count reaches the limit. */
    void recordFailure(String username, int limit, OffsetDateTime lockUntil) {
        jdbc.sql("""
                UPDATE staff_user SET failed_attempts = failed_attempts + 1,
                       locked_until = CASE WHEN failed_attempts + 1 >= :limit THEN :lockUntil ELSE locked_until END
                WHERE username = :username""")
                .param("username", username).param("limit", limit).param("lockUntil", lockUntil).update();
    }

    void clearFailures(String username) {
        jdbc.sql("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL WHERE username = :username")
                .param("username", username).update();
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new StaffUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                roles,
                rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class));
    }
}
