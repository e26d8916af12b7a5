package fi.palvelupiste.hardware.escpos;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrinterProfileTest {

    @Test
    void generic_58mm_is_32_columns_9600_baud_without_cutter_qr_or_flow_control() {
        PrinterProfile generic = PrinterProfile.byId("generic-58mm");
        assertThat(generic.columns()).isEqualTo(32);
        assertThat(generic.dotWidth()).isEqualTo(384);
        assertThat(generic.baudRate()).isEqualTo(9600);
        assertThat(generic.cutter()).isFalse();
        assertThat(generic.nativeQr()).isFalse();
        assertThat(generic.nvLogo()).isFalse();
        assertThat(generic.flowControl()).isEqualTo(FlowControl.NONE);
    }

    @Test
    void epson_80mm_is_48_columns_with_cutter_and_native_qr_at_38400_baud() {
        PrinterProfile epson = PrinterProfile.byId("epson-80mm");
        assertThat(epson.columns()).isEqualTo(48);
        assertThat(epson.dotWidth()).isEqualTo(576);
        assertThat(epson.cutter()).isTrue();
        assertThat(epson.nativeQr()).isTrue();
        assertThat(epson.baudRate()).isEqualTo(38400);
        assertThat(epson.flowControl()).isEqualTo(FlowControl.XON_XOFF);
    }

    @Test
    void a_base_profile_with_one_override_changes_only_that() {
        PrinterProfile faster = PrinterProfile.byId("generic-58mm").withBaudRate(19200);
        assertThat(faster.baudRate()).isEqualTo(19200);
        assertThat(faster.withBaudRate(9600)).isEqualTo(PrinterProfile.GENERIC_58MM);
    }

    @Test
    void configuration_properties_override_the_base_profile() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("baud-rate", "115200");
        settings.put("flow-control", "rts-cts");
        settings.put("native-qr", "yes");
        settings.put("nv-logo", "true");
        settings.put("cutter", "on");
        settings.put("code-page", "pc850");
        settings.put("status-replies", "no");
        PrinterProfile profile = PrinterProfile.configure("generic-58mm", settings);
        assertThat(profile).isEqualTo(new PrinterProfile("generic-58mm", "Generic 58 mm thermal printer", 32,
                CodePage.PC850, true, true, true, 115200, FlowControl.RTS_CTS, false));
    }

    @Test
    void a_misspelt_setting_is_rejected_rather_than_ignored() {
        assertThatThrownBy(() -> PrinterProfile.configure("epson-80mm", Map.of("baudrate_x", "9600")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baudrate_x");
        assertThatThrownBy(() -> PrinterProfile.configure("epson-80mm", Map.of("cutter", "maybe")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrinterProfile.byId("star-80mm")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_original_five_value_constructor_still_makes_a_plain_profile() {
        PrinterProfile old = new PrinterProfile("x", "X", 42, CodePage.PC858, true);
        assertThat(old.nativeQr()).isFalse();
        assertThat(old.baudRate()).isEqualTo(9600);
        assertThat(old.flowControl()).isEqualTo(FlowControl.NONE);
    }
}
