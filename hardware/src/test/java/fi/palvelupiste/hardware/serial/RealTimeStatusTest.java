package fi.palvelupiste.hardware.serial;

import fi.palvelupiste.hardware.printer.PrinterStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RealTimeStatusTest {

    /** Answer bytes as the Epson reference defines them (0x12 = the fixed bits 1 and 4). */
    @ParameterizedTest(name = "printer {0}, offline cause {1}, paper {2} → {3}")
    @CsvSource({
        "0x12, -1,   0x12, READY",
        "0x12, -1,   0x1E, PAPER_NEAR_END",     // n=4 bits 2-3: near end
        "0x1A, 0x32, 0x7E, PAPER_OUT",          // offline; n=2 bit 5 paper-end stop; n=4 bits 5-6 no paper
        "0x1A, 0x32, -1,   PAPER_OUT",          // paper sensor not answered: the offline cause says it
        "0x1A, 0x16, 0x12, COVER_OPEN",         // n=2 bit 2: cover open
        "0x1A, 0x16, 0x72, COVER_OPEN",         // cover open wins over the paper sensor behind it
        "0x1A, 0x52, 0x12, OFFLINE",            // n=2 bit 6: error
        "0x1A, 0x1A, 0x12, OFFLINE",            // paper fed by the button
        "0x12, -1,   0x72, PAPER_OUT",          // online but no paper detected
    })
    void answers_map_to_the_kiosk_status(String printer, int offlineCause, String paper, PrinterStatus expected) {
        assertThat(RealTimeStatus.interpret(Integer.decode(printer), offlineCause,
                paper.equals("-1") ? -1 : Integer.decode(paper))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0x12, true", "0x1A, true", "0x7E, true", "0x00, false", "0x13, false", "0x11, false", "0x92, false"})
    void only_bytes_with_the_fixed_bits_count_as_answers(String value, boolean answer) {
        assertThat(RealTimeStatus.isAnswer(Integer.decode(value))).isEqualTo(answer);
    }
}
