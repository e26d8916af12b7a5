package fi.palvelupiste.kiosk.forms;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.receipt.Receipt;
import fi.palvelupiste.kiosk.i18n.Language;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: bytes and seconds on the serial line for each seeded form as a resident in each language
 * gets it (with the Finnish line by line where the form says so: "paper"), on each printer profile, at 10 bits a
 * byte. Reads the forms from a fresh in-memory database migrated with the app's own
 * Flyway migrations, so it measures exactly what the kiosk ships. Run with bench/print-size.
 */
public final class FormSizeBench {

    static final List<PrinterProfile> PROFILES = List.of(PrinterProfile.GENERIC_58MM, PrinterProfile.EPSON_80MM);
    static final int[] BAUD_RATES = {9600, 19200, 115200};

    private FormSizeBench() {
    }

    public static void main(String[] args) throws Exception {
        DriverManagerDataSource data = new DriverManagerDataSource("jdbc:h2:mem:form-size;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        List<PublishedForm> forms = new FormRepository(JdbcClient.create(data)).published();

        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-20s %-4s %-24s %-13s %7s", "form",
                "lang", "paper", "profile", "bytes"));
        for (int baud : BAUD_RATES) {
            header.append(String.format(Locale.ROOT, " %9s", "s@" + baud));
        }
        System.out.println(header);
        for (PublishedForm form : forms) {
            for (Language language : Language.writtenTexts()) {
                for (PrinterProfile profile : PROFILES) {
                    FormSlip.Printed printed = FormSlip.of(form.version().texts(), form.version().printWithFinnish(),
                            language, profile, FormMarkup.Mode.PUBLISH);
                    String paper = printed.languages().name().toLowerCase(Locale.ROOT).replace('_', '-');
                    if (!printed.parsed().ok()) {
                        System.out.printf(Locale.ROOT, "%-20s %-4s %-24s %-13s cannot print: %s%n", form.code(),
                                language.code(), paper, profile.id(), printed.parsed().problems());
                        continue;
                    }
                    Receipt receipt = printed.parsed().receipt().orElseThrow();
                    int bytes = new EscPosEncoder(profile).encode(receipt).length;
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s %-4s %-24s %-13s %7d",
                            form.code(), language.code(), paper, profile.id(), bytes));
                    for (int baud : BAUD_RATES) {
                        row.append(String.format(Locale.ROOT, " %9.3f", bytes * 10.0 / baud));
                    }
                    System.out.println(row);
                }
            }
        }
    }
}
