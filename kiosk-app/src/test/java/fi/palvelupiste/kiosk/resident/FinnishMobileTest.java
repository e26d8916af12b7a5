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

    @Test
    void a_number_with_a_digit_too_many_or_too_few_is_told_so_and_a_landline_is_not_a_mobile_number() {
        assertThat(FinnishMobile.problem("040 123 4567")).isEmpty();
        assertThat(FinnishMobile.problem("+358 40 123 4567")).isEmpty();
        assertThat(FinnishMobile.problem("040 123 456 789")).contains(FinnishMobile.Problem.TOO_LONG);
        assertThat(FinnishMobile.problem("040 123 456 78")).as("the longest there is").isEmpty();
        assertThat(FinnishMobile.problem("+358 40 1234 5678 9")).contains(FinnishMobile.Problem.TOO_LONG);
        assertThat(FinnishMobile.problem("040 123")).contains(FinnishMobile.Problem.TOO_SHORT);
        assertThat(FinnishMobile.problem("017 123 4567")).contains(FinnishMobile.Problem.NOT_MOBILE);
        assertThat(FinnishMobile.problem("0123")).contains(FinnishMobile.Problem.NOT_MOBILE);
        assertThat(FinnishMobile.problem("")).contains(FinnishMobile.Problem.NOT_MOBILE);
    }
}
