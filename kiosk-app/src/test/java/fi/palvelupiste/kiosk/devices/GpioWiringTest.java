package fi.palvelupiste.kiosk.devices;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import fi.palvelupiste.hardware.gpio.Gpio;
import fi.palvelupiste.hardware.gpio.StatusLed;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.KioskTest;
import fi.palvelupiste.kiosk.MutableClock;
import fi.palvelupiste.kiosk.VirtualPrinterOutput;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import fi.palvelupiste.kiosk.queue.Ticket;
import fi.palvelupiste.kiosk.queue.TicketService;
import fi.palvelupiste.kiosk.queue.TicketStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The physical button and LED on Pi4J's mock platform, wired into the running kiosk. */
@KioskTest
class GpioWiringTest {

    @Autowired
    KioskProperties properties;
    @Autowired
    TicketService tickets;
    @Autowired
    QueueDesk queueDesk;
    @Autowired
    PrinterStatusMonitor printerStatus;
    @Autowired
    PrinterPort printer;
    @Autowired
    MutableClock clock;

    private Context pi4j;
    private Gpio gpio;
    private GpioWiring wiring;

    @AfterEach
    void shutDown() {
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
        if (wiring != null) {
            wiring.stop();
        }
    }

    @Test
    void pressing_the_call_next_button_calls_the_next_ticket_to_its_desk() {
        clock.advance(Duration.ofDays(1)); // a day with nobody else waiting
        openOnMockPlatform();
        long queueA = queueDesk.queues().stream().filter(q -> q.prefix().equals("A")).findFirst().orElseThrow().id();
        Ticket waiting = tickets.take(queueA, false, Language.FI.locale()).ticket();
        MockDigitalInput button = (MockDigitalInput) gpio.callNextButton().orElseThrow().input();

        button.mockState(DigitalState.HIGH);
        button.mockState(DigitalState.LOW);
        button.mockState(DigitalState.HIGH);

        Ticket called = queueDesk.ticket(waiting.id()).orElseThrow();
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(queueDesk.desk(called.deskId()).orElseThrow().name()).isEqualTo("Digituki 1");
        assertThat(queueDesk.history(waiting.id())).containsExactly("CALLED by " + GpioWiring.BUTTON_ACTOR.name());
    }

    @Test
    void the_status_led_blinks_when_the_printer_needs_attention_and_is_steady_when_ready() {
        openOnMockPlatform();
        StatusLed led = gpio.statusLed().orElseThrow();

        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.PAPER_OUT);
        await().until(() -> led.mode() == StatusLed.Mode.BLINKING);
        VirtualPrinterOutput.of(printer).simulate(PrinterStatus.READY);
        await().until(() -> led.mode() == StatusLed.Mode.ON);
    }

    /** The kiosk's wiring with a button on BCM 17 calling to "Digituki 1" and the LED on BCM 27. */
    private void openOnMockPlatform() {
        KioskProperties p = properties;
        KioskProperties withPins = new KioskProperties(p.dataDir(), p.siteName(), p.siteId(), p.defaultLanguage(), p.timeZone(),
                p.idle(), p.printer(), p.security(), new KioskProperties.Gpio(17, "Digituki 1", 27), p.backup(),
                p.queue());
        wiring = new GpioWiring(withPins, queueDesk, printerStatus);
        pi4j = Pi4J.newContextBuilder().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        gpio = Gpio.open(wiring.pins(), () -> true, () -> pi4j).orElseThrow();
        wiring.wire(gpio);
    }
}
