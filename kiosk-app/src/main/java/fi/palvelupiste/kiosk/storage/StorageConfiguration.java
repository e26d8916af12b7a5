package fi.palvelupiste.kiosk.storage;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The durable transaction manager, syncing on H2 files only. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    DurableTransactionManager transactionManager(DataSource dataSource,
                                                 ObjectProvider<TransactionManagerCustomizers> customizers) {
        boolean h2File;
        try (Connection connection = dataSource.getConnection()) {
            h2File = EmbeddedDatabase.of(connection).h2File();
            // the pool's connection now keeps the file open, so the start's check may let go of it
            DatabaseRecovery.releaseCheck();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
        DurableTransactionManager manager = new DurableTransactionManager(dataSource, h2File);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
