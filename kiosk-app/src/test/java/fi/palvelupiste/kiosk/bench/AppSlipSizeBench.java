package fi.palvelupiste.kiosk.bench;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.hardware.receipt.ReceiptCodec;
import fi.palvelupiste.hardware.virtual.EscPosImageRenderer;
import fi.palvelupiste.hardware.virtual.EscPosTextRenderer;
import fi.palvelupiste.kiosk.KioskApplication;
import fi.palvelupiste.kiosk.forms.FormPrinting;
import fi.palvelupiste.kiosk.i18n.Language;
import fi.palvelupiste.kiosk.printing.PrintJob;
import fi.palvelupiste.kiosk.printing.PrintJobService;
import fi.palvelupiste.kiosk.queue.TicketService;
import fi.palvelupiste.kiosk.resident.Needs;
import fi.palvelupiste.kiosk.resident.Person;
import fi.palvelupiste.kiosk.resident.RideRequest;
import fi.palvelupiste.kiosk.resident.RideStopChoice;
import fi.palvelupiste.kiosk.signup.SignupEvent;
import fi.palvelupiste.kiosk.signup.SignupRequest;
import fi.palvelupiste.kiosk.signup.SignupBooking;
import fi.palvelupiste.kiosk.signup.Slot;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: the kiosk's own slips as it really prints them — a queue ticket, a sign-up to the
 * seeded permit trip with a ride (confirmation + boarding slip) and the first published form — on each printer profile: bytes and seconds on the
 * serial line (10 bits a byte) at 9600/19200/115200 baud, next to the same slip sent as one raster image
 * (GS v 0 of the slip's picture at the printer's dot width). Run with bench/print-size.
 */
public final class AppSlipSizeBench {

    static final List<PrinterProfile> PROFILES = List.of(PrinterProfile.GENERIC_58MM, PrinterProfile.EPSON_80MM);
    static final int[] BAUD_RATES = {9600, 19200, 115200};

    private AppSlipSizeBench() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(KioskApplication.class,
                "--server.port=0", "--spring.main.banner-mode=off", "--kiosk.data-dir=" + Files.createTempDirectory("slip-size"),
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:slip-size;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        try {
            Locale finnish = Language.FI.locale();
            TicketService tickets = app.getBean(TicketService.class);
            tickets.take(tickets.queuesTakingTickets().getFirst().id(), false, finnish);
            SignupBooking signups = app.getBean(SignupBooking.class);
            SignupEvent trip = signups.openEvents().stream()
                    .filter(event -> !signups.rideStops(event.id(), finnish).isEmpty()).findFirst().orElseThrow();
            Slot seat = signups.slots(trip.id()).stream().filter(slot -> slot.free() > 0).findFirst().orElseThrow();
            RideStopChoice stop = signups.rideStops(trip.id(), finnish).stream().filter(RideStopChoice::open)
                    .findFirst().orElseThrow();
            signups.signUp(new SignupRequest(trip.id(), seat.id(),
                            new Person("Aino", "Virtanen", "0401234567", Needs.NONE), null, finnish),
                    new RideRequest(stop.stopId(), 1, false));
            FormPrinting forms = app.getBean(FormPrinting.class);
            forms.print(forms.publishedForms().getFirst().publicId(), Language.FI);

            List<PrintJob> slips = app.getBean(PrintJobService.class).newest(10).reversed();
            System.out.printf(Locale.ROOT, "%-28s %-13s %6s %8s %8s %8s | %7s %8s | %6s%n", "slip", "profile", "bytes",
                    "s@9600", "s@19200", "s@115200", "raster", "s@9600", "ratio");
            for (PrintJob slip : slips) {
                Receipt receipt = ReceiptCodec.decode(slip.document());
                for (PrinterProfile profile : PROFILES) {
                    byte[] bytes = new EscPosEncoder(profile).encode(receipt);
                    int height = new EscPosImageRenderer(profile.dotWidth()).render(bytes).getHeight();
                    int raster = 8 + profile.dotWidth() / 8 * height; // GS v 0 header + one bit a dot
                    System.out.printf(Locale.ROOT, "%-28s %-13s %6d %8.3f %8.3f %8.3f | %7d %8.2f | %5.0fx%n",
                            slip.name(), profile.id(), bytes.length, seconds(bytes.length, BAUD_RATES[0]),
                            seconds(bytes.length, BAUD_RATES[1]), seconds(bytes.length, BAUD_RATES[2]), raster,
                            seconds(raster, BAUD_RATES[0]), (double) raster / bytes.length);
                }
            }
            System.out.println();
            System.out.println("What the 58 mm paper shows (the virtual printer's text rendering):");
            PrinterProfile narrow = PROFILES.getFirst();
            for (PrintJob slip : slips) {
                byte[] bytes = new EscPosEncoder(narrow).encode(ReceiptCodec.decode(slip.document()));
                System.out.printf("%n--- %s (%d bytes) ---%n%s", slip.name(), bytes.length,
                        new EscPosTextRenderer(narrow.columns()).render(bytes));
            }
        } finally {
            app.close();
        }
    }

    private static double seconds(int bytes, int baud) {
        return bytes * 10.0 / baud;
    }
}
