package fi.palvelupiste.kiosk.devices;

import fi.palvelupiste.kiosk.KioskOnly;

import fi.palvelupiste.kiosk.audit.Actor;
import fi.palvelupiste.hardware.gpio.Gpio;
import fi.palvelupiste.hardware.gpio.GpioPins;
import fi.palvelupiste.hardware.gpio.PrinterStatusLight;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;
import fi.palvelupiste.kiosk.KioskProperties;
import fi.palvelupiste.kiosk.queue.Desk;
import fi.palvelupiste.kiosk.queue.QueueDesk;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Connects the Pi's physical parts to the kiosk: the call-next button calls the next ticket to its configured desk
 * (as if the staff pressed "Call next" there), and the status LED shows the printer's state. Off, with one log
 * line, when no pins are configured or this is not a Raspberry Pi.
 */
@KioskOnly
@Component
class GpioWiring {

    /** Who the ticket history says called a ticket with the physical button. */
    static final Actor BUTTON_ACTOR = Actor.device("call-next button");
    private static final Logger log = LoggerFactory.getLogger(GpioWiring.class);

    private final KioskProperties.Gpio settings;
    private final QueueDesk queueDesk;
    private final PrinterStatusMonitor printerStatus;
    private Gpio gpio;
    private PrinterStatusLight light;

    GpioWiring(KioskProperties properties, QueueDesk queueDesk, PrinterStatusMonitor printerStatus) {
        this.settings = properties.gpio();
        this.queueDesk = queueDesk;
        this.printerStatus = printerStatus;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Gpio.open(pins()).ifPresent(this::wire);
    }

    GpioPins pins() {
        return GpioPins.of(settings.callButtonPin(), settings.statusLedPin());
    }

    /** Wires opened GPIO devices; separate from {@link #start()} so tests can give a mock-platform Gpio. */
    void wire(Gpio opened) {
        this.gpio = opened;
        opened.callNextButton().ifPresent(button -> {
            Optional<Desk> desk = queueDesk.deskByName(settings.callButtonDesk());
            if (desk.isEmpty()) {
                log.warn("The call-next button is connected but kiosk.gpio.call-button-desk ('{}') names no desk; "
                        + "presses are ignored", settings.callButtonDesk());
                return;
            }
            long deskId = desk.get().id();
            button.onPress(() -> pressed(deskId));
            log.info("Call-next button calls to desk '{}'", desk.get().name());
        });
        opened.statusLed().ifPresent(led -> {
            light = new PrinterStatusLight(led);
            light.show(printerStatus.current());
            printerStatus.addListener(light);
        });
    }

    private void pressed(long deskId) {
        try {
            Long queueId = queueDesk.desk(deskId).map(Desk::defaultQueueId).orElse(null);
            queueDesk.callNext(deskId, queueId, BUTTON_ACTOR)
                    .ifPresentOrElse(ticket -> log.info("Button called {}", ticket.displayNumber()),
                            () -> log.info("Button pressed, nobody waiting"));
        } catch (RuntimeException e) {
            log.error("The call-next button press failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (light != null) {
            printerStatus.removeListener(light);
        }
        if (gpio != null) {
            gpio.close();
        }
    }
}
