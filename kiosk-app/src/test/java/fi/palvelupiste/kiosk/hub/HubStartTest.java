package fi.palvelupiste.kiosk.hub;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HubStartTest {

    @Test
    void the_hubs_address_and_the_return_after_log_in_lead_to_the_sites_and_vaadins_own_requests_pass()
            throws Exception {
        assertThat(redirect("/", null)).isEqualTo("/sites");
        assertThat(redirect("/", "continue")).isEqualTo("/sites");
        assertThat(redirect("/", "v-r=init&location=sites")).isNull();
        assertThat(redirect("/admin/events", null)).isNull();
    }

    private static String redirect(String uri, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new HubStart().doFilter(request, response, new MockFilterChain());
        return response.getRedirectedUrl();
    }
}
