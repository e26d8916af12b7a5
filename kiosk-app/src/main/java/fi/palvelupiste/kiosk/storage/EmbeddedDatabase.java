package fi.palvelupiste.kiosk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What kind of database the kiosk runs on, read from a connection's metadata once. */
record EmbeddedDatabase(boolean h2, boolean persistent) {

    static EmbeddedDatabase of(Connection connection) throws SQLException {
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
        return new EmbeddedDatabase(h2, h2 && !url.startsWith("jdbc:h2:mem:"));
    }

    /** An H2 database in a file: the kiosk's own, the one a power cut can hurt. */
    boolean h2File() {
        return h2 && persistent;
    }
}
