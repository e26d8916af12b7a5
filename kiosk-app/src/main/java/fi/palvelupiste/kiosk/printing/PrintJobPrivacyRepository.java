package fi.palvelupiste.kiosk.printing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The print_job columns of V70 (personal_data, belongs_to): apart from the print queue's own repository. */
@Repository
class PrintJobPrivacyRepository {

    private final JdbcClient jdbc;

    PrintJobPrivacyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void mark(long jobId, String owner, boolean personalData) {
        jdbc.sql("UPDATE print_job SET belongs_to = :owner, personal_data = :personal WHERE id = :id")
                .param("id", jobId).param("owner", owner).param("personal", personalData).update();
    }

    /** A reprint carries what its original carried. */
    void copyMarks(long fromJobId, long toJobId) {
        jdbc.sql("""
                UPDATE print_job SET
                    belongs_to = (SELECT o.belongs_to FROM print_job o WHERE o.id = :from),
                    personal_data = (SELECT o.personal_data FROM print_job o WHERE o.id = :from)
                WHERE id = :to""").param("from", fromJobId).param("to", toJobId).update();
    }

    Set<Long> withPersonalData(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT id FROM print_job WHERE personal_data AND id IN (:ids)").param("ids", jobIds)
                .query(Long.class).set();
    }

    List<Long> ofOwner(String owner) {
        return jdbc.sql("SELECT id FROM print_job WHERE belongs_to = :owner").param("owner", owner)
                .query(Long.class).list();
    }

    List<String> names(Collection<Long> jobIds) {
        return jdbc.sql("SELECT DISTINCT name FROM print_job WHERE id IN (:ids)").param("ids", jobIds)
                .query(String.class).list();
    }

    int delete(Collection<Long> jobIds) {
        return jdbc.sql("DELETE FROM print_job WHERE id IN (:ids)").param("ids", jobIds).update();
    }
}
