package fi.palvelupiste.kiosk.resident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FinnishMobileTest {

    @Test
    void a_mobile_number_is_shown_in_groups_however_it_was_typed_and_a_landline_as_typed() {
        assertThat(FinnishMobile.displayAny("0441112233")).isEqualTo("044 111 2233");
        assertThat(FinnishMobile.displayAny("+358 44 111 2233")).isEqualTo("044 111 2233");
        assertThat(FinnishMobile.displayAny(" 017 123 4567 ")).isEqualTo("017 123 4567");
    }
}
