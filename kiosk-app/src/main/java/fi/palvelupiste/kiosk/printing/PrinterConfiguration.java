package fi.palvelupiste.kiosk.printing;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterPort;
import fi.palvelupiste.hardware.printer.PrinterStatusMonitor;
import fi.palvelupiste.hardware.serial.SerialPrinterPort;
import fi.palvelupiste.hardware.virtual.VirtualPrinter;
import fi.palvelupiste.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Picks the printer: a real one on the configured serial port, otherwise the virtual printer in
 * {@code <data-dir>/printer}; and asks it for its status in the background.
 */
@Configuration(proxyBeanMethods = false)
class PrinterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrinterConfiguration.class);
    /** How many printed slips the virtual printer keeps on disk. */
    private static final int VIRTUAL_PRINTER_KEEPS = 500;

    @Bean
    PrinterProfile printerProfile(KioskProperties properties) {
        PrinterProfile profile = PrinterProfile.byId(properties.printer().profile());
        Integer baudRate = properties.printer().baudRate();
        Boolean statusReplies = properties.printer().statusReplies();
        PrinterProfile withBaudRate = baudRate == null ? profile : profile.withBaudRate(baudRate);
        return statusReplies == null ? withBaudRate : withBaudRate.withStatusReplies(statusReplies);
    }

    @Bean
    EscPosEncoder escPosEncoder(PrinterProfile profile) {
        return new EscPosEncoder(profile);
    }

    @Bean(destroyMethod = "")
    PrinterPort printerPort(KioskProperties properties, PrinterProfile profile, Clock clock) {
        String port = properties.printer().port().strip();
        PrinterPort printer = port.isEmpty()
                ? new VirtualPrinter(virtualPrinterDirectory(properties), profile, VIRTUAL_PRINTER_KEEPS, clock)
                : new SerialPrinterPort(port, profile);
        log.info("Printing to the {} ({}, {} baud)", printer.describe(), profile.displayName(), profile.baudRate());
        return printer;
    }

    /** Where the virtual printer's paper goes (and stays, after a real printer is attached, until retention). */
    static Path virtualPrinterDirectory(KioskProperties properties) {
        return properties.dataDir().resolve("printer").toAbsolutePath().normalize();
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    PrinterStatusMonitor printerStatusMonitor(PrinterPort printer, KioskProperties properties) {
        return new PrinterStatusMonitor(printer, properties.printer().statusInterval());
    }
}
