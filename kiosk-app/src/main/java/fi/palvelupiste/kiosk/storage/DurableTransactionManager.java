package fi.palvelupiste.kiosk.storage;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The transaction manager of every {@code @Transactional} service, which on the kiosk's H2 file also forces each
 * writing commit onto the storage device before the commit returns ({@code CHECKPOINT SYNC}: fsync of the
 * database file). With {@code WRITE_DELAY=0} in the database URL H2 writes every commit to the file at once; the
 * sync makes it survive a power cut too, not only a crash of the JVM. A number, a code or a cancellation that a
 * screen shows has therefore reached the SD card before the screen shows it. Read-only transactions and other
 * databases (PostgreSQL syncs its own log) pay nothing.
 */
class DurableTransactionManager extends JdbcTransactionManager {

    private final boolean syncOnCommit;

    DurableTransactionManager(DataSource dataSource, boolean syncOnCommit) {
        super(dataSource);
        this.syncOnCommit = syncOnCommit;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (syncOnCommit && !status.isReadOnly()) {
            ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
            if (holder != null) {
                sync(holder.getConnection());
            }
        }
    }

    /** Forces what the database has written onto the device. */
    static void sync(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new TransactionSystemException("the commit could not be forced onto the storage device", e);
        }
    }
}
