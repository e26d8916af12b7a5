package fi.palvelupiste.kiosk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KioskApplicationTest {

    @Test
    void the_hub_profile_is_seen_in_arguments_property_or_environment() {
        assertThat(KioskApplication.hubProfile(new String[]{"--spring.profiles.active=hub"}, null, null)).isTrue();
        assertThat(KioskApplication.hubProfile(new String[]{"--server.port=1"}, "test, hub", null)).isTrue();
        assertThat(KioskApplication.hubProfile(new String[0], null, "hub")).isTrue();
        assertThat(KioskApplication.hubProfile(new String[0], "hubby", "test")).isFalse();
        assertThat(KioskApplication.hubProfile(new String[0], null, null)).isFalse();
    }
}
