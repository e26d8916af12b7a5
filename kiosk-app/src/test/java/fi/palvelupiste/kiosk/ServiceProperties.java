package fi.palvelupiste.kiosk;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/**
 * The base of the service-level fuzz properties ({@code @KioskTest} subclasses): the shared Spring context, the
 * printer the slips are encoded for, the database for column lengths, and short forms of the {@link FuzzChecks}.
 */
public abstract class ServiceProperties {

    @Autowired
    protected PrintJobService printing;
    @Autowired
    protected EscPosEncoder encoder;
    @Autowired
    protected PrinterProfile profile;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Clock clock;
    protected ApplicationContext context;

    @BeforeProperty
    void spring() {
        context();
    }

    /** The context, autowiring this instance the first time (a subclass's own {@code @BeforeProperty} may come first). */
    protected ApplicationContext context() {
        if (context == null) {
            context = SpringProperties.autowire(this);
        }
        return context;
    }

    /** Runs one try in a transaction that is rolled back. */
    protected void rolledBack(Runnable body) {
        SpringProperties.rolledBack(context, body);
    }

    /** The print job's slip holds no control byte but the encoder's own commands ({@link FuzzChecks#assertPrintable}). */
    protected void assertPrintable(long jobId) {
        FuzzChecks.assertPrintable(printing, encoder, profile, jobId);
    }

    protected int columnLength(String table, String column) {
        return FuzzChecks.columnLength(jdbc, table, column);
    }

    /** The rule for a staff text in this column ({@link FuzzChecks#acceptable}). */
    protected boolean acceptable(String typed, String table, String column, boolean multiline) {
        return FuzzChecks.acceptable(typed, columnLength(table, column), multiline);
    }

    /** Stored as the rule stores it ({@link FuzzChecks#assertStored}), the typed text cleaned. */
    protected void assertStoredAsTyped(String stored, String typed, String table, String column, boolean multiline) {
        FuzzChecks.assertStored(stored, FuzzChecks.cleaned(typed, multiline), columnLength(table, column), multiline);
    }
}
