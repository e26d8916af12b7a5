package fi.palvelupiste.hardware.serial;

import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoPrinterTest {

    @Test
    void a_port_with_no_device_is_disconnected_at_once_and_print_says_so() {
        SerialPrinterPort port = new SerialPrinterPort("/dev/does-not-exist-kiosk-printer", PrinterProfile.EPSON_80MM);
        long started = System.nanoTime();
        assertThat(port.status()).isEqualTo(PrinterStatus.DISCONNECTED);
        assertThatThrownBy(() -> port.print("job", new byte[] {1})).isInstanceOfSatisfying(PrinterException.class,
                e -> assertThat(e.status()).isEqualTo(PrinterStatus.DISCONNECTED));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        port.close();
    }

    @Test
    void reconnect_attempts_back_off_from_one_second_doubling_up_to_thirty() {
        AtomicLong now = new AtomicLong();
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), now::get);
        assertThat(backoff.mayTry()).isTrue();
        long[] expectedWaits = {1, 2, 4, 8, 16, 30, 30};
        for (long wait : expectedWaits) {
            backoff.failed();
            assertThat(backoff.mayTry()).isFalse();
            now.addAndGet(Duration.ofSeconds(wait).toNanos() - 1);
            assertThat(backoff.mayTry()).as("just before %d s", wait).isFalse();
            now.addAndGet(1);
            assertThat(backoff.mayTry()).as("after %d s", wait).isTrue();
        }
        backoff.succeeded();
        assertThat(backoff.mayTry()).isTrue();
        backoff.failed();
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void write_deadline_is_the_line_time_at_ten_bits_a_byte_times_slack_plus_margin() {
        SerialSettings settings = SerialSettings.defaults();
        // 960 bytes at 9600 baud = 1 s on the line; × 3 + 2 s
        assertThat(settings.writeTimeout(960, 9600)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void flow_control_maps_to_the_jserialcomm_flags() {
        assertThat(SerialPrinterPort.flowControlFlags(fi.palvelupiste.hardware.escpos.FlowControl.NONE))
                .isEqualTo(com.fazecast.jSerialComm.SerialPort.FLOW_CONTROL_DISABLED);
        assertThat(SerialPrinterPort.flowControlFlags(fi.palvelupiste.hardware.escpos.FlowControl.XON_XOFF))
                .isEqualTo(com.fazecast.jSerialComm.SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED);
    }
}
