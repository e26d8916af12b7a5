package fi.palvelupiste.kiosk.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Repository
class DeskRepository {

    private final JdbcClient jdbc;

    DeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Desk> findAll() {
        return jdbc.sql("SELECT id, name, default_queue_id, active FROM desk ORDER BY name").query(DeskRepository::map).list();
    }

    Optional<Desk> find(long id) {
        return jdbc.sql("SELECT id, name, default_queue_id, active FROM desk WHERE id = :id")
                .param("id", id).query(DeskRepository::map).optional();
    }

    long save(Desk desk) {
        var statement = desk.id() == 0
                ? jdbc.sql("INSERT INTO desk (name, default_queue_id, active) VALUES (:name, :queue, :active)")
                : jdbc.sql("UPDATE desk SET name = :name, default_queue_id = :queue, active = :active WHERE id = :id")
                        .param("id", desk.id());
        statement.param("name", desk.name()).param("queue", desk.defaultQueueId()).param("active", desk.active())
                .update();
        return desk.id() != 0 ? desk.id() : jdbc.sql("SELECT id FROM desk WHERE name = :name")
                .param("name", desk.name()).query(Long.class).single();
    }

    private static Desk map(ResultSet rs, int row) throws SQLException {
        return new Desk(rs.getLong("id"), rs.getString("name"), rs.getObject("default_queue_id", Long.class),
                rs.getBoolean("active"));
    }
}
