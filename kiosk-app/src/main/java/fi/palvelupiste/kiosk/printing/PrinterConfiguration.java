package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.virtual.VirtualPrinter;
import fi.palvelupiste.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Picks the printer: the virtual printer in {@code <data-dir>/printer} unless a real one is configured. */
@Configuration(proxyBeanMethods = false)
class PrinterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrinterConfiguration.class);
    /** How many printed slips the virtual printer keeps on disk. */
    private static final int VIRTUAL_PRINTER_KEEPS = 500;

    @Bean
    PrinterProfile printerProfile(KioskProperties properties) {
        return PrinterProfile.byId(properties.printer().profile());
    }

    @Bean
    EscPosEncoder escPosEncoder(PrinterProfile profile) {
        return new EscPosEncoder(profile);
    }

    @Bean
    PrinterPort printerPort(KioskProperties properties, PrinterProfile profile, Clock clock) {
        VirtualPrinter printer = new VirtualPrinter(properties.dataDir().resolve("printer").toAbsolutePath().normalize(),
                profile, VIRTUAL_PRINTER_KEEPS, clock);
        log.info("Printing to the {} ({})", printer.describe(), profile.displayName());
        return printer;
    }
}
