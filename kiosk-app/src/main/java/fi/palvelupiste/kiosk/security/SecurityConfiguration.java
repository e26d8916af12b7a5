package fi.palvelupiste.kiosk.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.palvelupiste.kiosk.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Residents' screens are open to all; every staff, coordinator and admin page needs a log-in with the right role
 * (annotations on the views). Log-in attempts from the kiosk's own browser are refused before they are checked.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, KioskDevices kioskDevices) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/kiosk/heartbeat", "/styles.css").permitAll());
        http.addFilterBefore(new NoLoginFromKioskDevice(kioskDevices), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .defaultSuccessUrl("/staff")).build();
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
