package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The hub's address "/" (a kiosk's residents' start screen, which the hub does not have) leads to its start page, the
 * sites (through the log-in when nobody is logged in yet).
 */
@HubOnly
@Component
// before Spring Security, which refuses "/" on the hub (no view has that address there)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class HubStart extends OncePerRequestFilter {

    /** The hub's start page (hub.ui.SitesView). */
    static final String START = "/sites";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        // "?continue" is where Spring Security sends someone back to after the log-in; any other query on "/" is
        // Vaadin's own (its pages' start requests, ?v-r=init), which must reach it
        if ("GET".equals(request.getMethod()) && (path.isEmpty() || path.equals("/"))
                && (query == null || query.equals("continue"))) {
            response.sendRedirect(request.getContextPath() + START);
            return;
        }
        chain.doFilter(request, response);
    }
}
