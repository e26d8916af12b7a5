package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The hub's address "/" (a kiosk's residents' start screen, which the hub does not have) leads to its start page, the
 * sites; after the log-in when nobody is logged in yet.
 */
@HubOnly
@Component
class HubStart extends OncePerRequestFilter {

    /** The hub's start page (hub.ui.SitesView). */
    static final String START = "/sites";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && (path.isEmpty() || path.equals("/"))
                && request.getQueryString() == null) {
            response.sendRedirect(request.getContextPath() + START);
            return;
        }
        chain.doFilter(request, response);
    }
}
