package fi.palvelupiste.kiosk.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.palvelupiste.kiosk.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Residents' screens are open to all; every staff, coordinator and admin page needs a log-in with the right role
 * (annotations on the views). Log-in attempts from the kiosk's own browser are refused before they are checked.
 * Every response carries headers that keep the pages out of frames, their addresses out of other sites' logs and
 * scripts to the kiosk's own (a Content-Security-Policy that Vaadin's client passes); HSTS only over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /**
     * Only the kiosk's own origin. Vaadin's bootstrap page has inline scripts and its client runs server-sent
     * JavaScript with {@code new Function} ('unsafe-inline', 'unsafe-eval'); Lumo and the components set inline
     * styles; push is a WebSocket to the same host, which 'self' covers in Chromium. Checked in a real Chromium by
     * {@code SecurityHeadersBrowserIT}.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KioskDevices kioskDevices, StaffAccounts accounts,
                                            LandingPage landing) throws Exception {
        // the health check is for provisioning; no other actuator endpoint is exposed, and none may ever be opened
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/kiosk/heartbeat", "/styles.css")
                .permitAll()
                .requestMatchers("/actuator", "/actuator/**").denyAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                // Vaadin serves its pages through a forward, which the container commits itself: headers written
                // only at commit would never reach the bootstrap page, so they go out before the page is made
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // set before Vaadin's configurer, which keeps a failure handler that is already there; the log-in page is
        // named here too, or Spring Security would put its own generated page at /login
        http.formLogin(form -> form.loginPage(LOGIN_PATH)
                .failureHandler(new LoginFailureHandler(accounts, LOGIN_PATH + "?error")));
        http.addFilterBefore(new NoLoginFromKioskDevice(kioskDevices), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .defaultSuccessUrl(landing.path())).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Refuses a log-in form posted from the kiosk's touchscreen browser. */
    static final class NoLoginFromKioskDevice extends OncePerRequestFilter {
        private final KioskDevices kioskDevices;

        NoLoginFromKioskDevice(KioskDevices kioskDevices) {
            this.kioskDevices = kioskDevices;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())
                    && kioskDevices.isKioskDevice(request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + LOGIN_PATH);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
