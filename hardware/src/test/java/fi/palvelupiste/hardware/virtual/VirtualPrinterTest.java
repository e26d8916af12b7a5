package fi.palvelupiste.hardware.virtual;

import fi.palvelupiste.hardware.escpos.EscPosEncoder;
import fi.palvelupiste.hardware.escpos.PrinterProfile;
import fi.palvelupiste.hardware.printer.PrinterException;
import fi.palvelupiste.hardware.printer.PrinterStatus;
import fi.palvelupiste.hardware.receipt.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VirtualPrinterTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private static byte[] slip(String text) {
        return new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().text(text).cut().build());
    }

    private long files(String suffix) throws Exception {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.toString().endsWith(suffix)).count();
        }
    }

    @Test
    void every_copy_printed_under_a_name_can_be_deleted_and_nothing_else() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 10, FIXED);
        printer.print("signup-list-12-slots", slip("Aino Virtanen 040 123 4567"));
        printer.print("signup-list-12-slots", slip("Aino Virtanen, reprinted"));
        printer.print("signup-list-123-slots", slip("another event"));
        printer.print("ticket-A001", slip("A001"));

        int deleted = VirtualPrinter.deletePrinted(directory, "signup-list-12-slots");

        assertThat(deleted).isEqualTo(6);
        assertThat(printer.recent(10)).extracting(PrintedSlip::text)
                .noneMatch(text -> text.contains("Virtanen")).hasSize(2);
        assertThat(files(".png")).isEqualTo(2);
        assertThat(VirtualPrinter.deletePrinted(directory.resolve("missing"), "x")).isZero();
    }

    @Test
    void a_job_becomes_the_exact_bytes_a_text_and_a_png_picture() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 10, FIXED);
        byte[] bytes = slip("Hyvää päivää");
        printer.print("ticket A001", bytes);

        PrintedSlip slip = printer.recent(1).getFirst();
        assertThat(slip.name()).isEqualTo("20261123-101530-000-000001-ticket_A001");
        assertThat(Files.readAllBytes(slip.escPosFile())).isEqualTo(bytes);
        assertThat(Files.readString(slip.textFile())).isEqualTo(slip.text()).startsWith("Hyvää päivää\n");
        BufferedImage picture = ImageIO.read(slip.pngFile().toFile());
        assertThat(picture.getWidth()).isEqualTo(384);
        assertThat(slip.pngFile().getFileName().toString()).isEqualTo(slip.name() + ".png");
    }

    @Test
    void only_the_newest_jobs_are_kept_and_recent_lists_newest_first() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 3, FIXED);
        for (int i = 1; i <= 5; i++) {
            printer.print("job" + i, slip("slip " + i));
        }
        assertThat(files(".escpos")).isEqualTo(3);
        assertThat(files(".txt")).isEqualTo(3);
        assertThat(files(".png")).isEqualTo(3);
        List<PrintedSlip> recent = printer.recent(10);
        assertThat(recent).extracting(s -> s.text().lines().findFirst().orElseThrow())
                .containsExactly("slip 5", "slip 4", "slip 3");
        assertThat(printer.recent(2)).hasSize(2);
        assertThat(printer.recent(0)).isEmpty();
    }

    @Test
    void after_a_restart_new_jobs_still_sort_after_the_old_ones() throws Exception {
        new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 10, FIXED).print("before", slip("old"));
        VirtualPrinter restarted = new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 10, FIXED);
        restarted.print("after", slip("new"));
        assertThat(restarted.recent(5)).extracting(PrintedSlip::name).containsExactly(
                "20261123-101530-000-000002-after", "20261123-101530-000-000001-before");
    }

    @Test
    void simulated_paper_out_makes_print_throw_with_that_status_and_writes_nothing() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 10, FIXED);
        printer.simulate(PrinterStatus.PAPER_OUT);
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThatThrownBy(() -> printer.print("job", slip("x")))
                .isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT));
        assertThat(files(".escpos")).isZero();

        printer.simulate(PrinterStatus.READY);
        printer.print("job", slip("x"));
        assertThat(files(".escpos")).isEqualTo(1);
    }

    @Test
    void describe_names_the_directory() {
        VirtualPrinter printer = new VirtualPrinter(directory, PrinterProfile.GENERIC_58MM, 10, FIXED);
        assertThat(printer.describe()).contains(directory.toString());
        assertThat(printer.directory()).isEqualTo(directory);
    }
}
