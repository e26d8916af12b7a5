package fi.palvelupiste.hardware.printer;

import fi.palvelupiste.hardware.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class PrinterStatusMonitorTest {

    /** A port whose status the test sets. */
    private static final class ScriptedPort implements PrinterPort {
        volatile PrinterStatus status = PrinterStatus.READY;
        volatile int asked;

        @Override
        public void print(String jobName, byte[] escPos) {
        }

        @Override
        public PrinterStatus status() {
            asked++;
            if (status == null) {
                throw new IllegalStateException("port broke");
            }
            return status;
        }

        @Override
        public String describe() {
            return "scripted";
        }
    }

    @Test
    void listeners_hear_the_first_status_and_each_change_but_not_repeats() {
        ScriptedPort port = new ScriptedPort();
        List<String> changes = new CopyOnWriteArrayList<>();
        PrinterStatusMonitor monitor = new PrinterStatusMonitor(port, Duration.ofMillis(5));
        monitor.addListener((previous, current) -> changes.add(previous + "->" + current));
        monitor.start();
        Eventually.await(Duration.ofSeconds(5), () -> port.asked >= 3);
        port.status = PrinterStatus.COVER_OPEN;
        Eventually.await(Duration.ofSeconds(5), () -> monitor.current() == PrinterStatus.COVER_OPEN);
        int asked = port.asked;
        Eventually.await(Duration.ofSeconds(5), () -> port.asked >= asked + 3);
        monitor.stop();
        assertThat(monitor.running()).isFalse();
        assertThat(changes).containsExactly("UNKNOWN->READY", "READY->COVER_OPEN");
    }

    @Test
    void a_failing_port_or_listener_does_not_stop_the_polling() {
        ScriptedPort port = new ScriptedPort();
        port.status = null;
        try (PrinterStatusMonitor monitor = new PrinterStatusMonitor(port, Duration.ofMillis(5))) {
            monitor.addListener((previous, current) -> {
                throw new IllegalStateException("listener broke");
            });
            monitor.start();
            monitor.start();
            Eventually.await(Duration.ofSeconds(5), () -> port.asked >= 2);
            assertThat(monitor.current()).isEqualTo(PrinterStatus.UNKNOWN);
            port.status = PrinterStatus.PAPER_NEAR_END;
            Eventually.await(Duration.ofSeconds(5), () -> monitor.current() == PrinterStatus.PAPER_NEAR_END);
        }
    }

    @Test
    void stopped_monitor_polls_no_more() {
        ScriptedPort port = new ScriptedPort();
        PrinterStatusMonitor monitor = new PrinterStatusMonitor(port, Duration.ofMillis(5));
        monitor.start();
        Eventually.await(Duration.ofSeconds(5), () -> port.asked >= 1);
        monitor.stop();
        int asked = port.asked;
        assertThat(monitor.poll()).isEqualTo(PrinterStatus.READY);
        assertThat(port.asked).isEqualTo(asked + 1);
    }
}
