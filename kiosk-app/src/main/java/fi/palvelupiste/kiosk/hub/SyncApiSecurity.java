package fi.palvelupiste.kiosk.hub;

import fi.palvelupiste.kiosk.HubOnly;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * The sync API's own security chain, before the pages' one: stateless (no session, no cookie, no CSRF token), a
 * device token in {@code Authorization: Bearer} for everything but enrolment, HTTPS unless the caller is on this
 * machine (the TLS proxy sets X-Forwarded-Proto; Tomcat believes it from loopback only), and no request larger than
 * {@code kiosk.hub.max-request-bytes}. A token is never logged.
 */
@HubOnly
@Configuration(proxyBeanMethods = false)
class SyncApiSecurity {

    static final String DEVICE_ROLE = "DEVICE";

    @Bean
    @Order(1)
    SecurityFilterChain syncApiChain(HttpSecurity http, HubSites sites, HubProperties properties,
                                     ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        http.securityMatcher(SyncMessages.BASE + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, SyncMessages.ENROL).permitAll()
                        .anyRequest().hasRole(DEVICE_ROLE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) ->
                                response.sendError(HttpStatus.FORBIDDEN.value())))
                .addFilterBefore(new DeviceTokenFilter(sites, properties.maxRequestBytes(),
                                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** HTTPS, size, then the token: a request that fails one is answered at once and reaches no controller. */
    static final class DeviceTokenFilter extends OncePerRequestFilter {
        private static final String BEARER = "Bearer ";
        private final HubSites sites;
        private final int maxBytes;
        /** Vaadin's, when it is a bean: the one every filter of the chain reads (not always the static default). */
        private final SecurityContextHolderStrategy contexts;

        DeviceTokenFilter(HubSites sites, int maxBytes, SecurityContextHolderStrategy contexts) {
            this.sites = sites;
            this.maxBytes = maxBytes;
            this.contexts = contexts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!request.isSecure() && !HubAddress.loopback(request.getRemoteAddr())) {
                refuse(response, HttpStatus.FORBIDDEN, "https");
                return;
            }
            if ("POST".equals(request.getMethod())) {
                long length = request.getContentLengthLong();
                if (length < 0) {
                    refuse(response, HttpStatus.LENGTH_REQUIRED, "length");
                    return;
                }
                if (length > maxBytes) {
                    refuse(response, HttpStatus.CONTENT_TOO_LARGE, "size");
                    return;
                }
            }
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith(BEARER)) {
                Optional<Device> device = sites.authenticate(header.substring(BEARER.length()).strip());
                if (device.isEmpty()) {
                    refuse(response, HttpStatus.UNAUTHORIZED, "token");
                    return;
                }
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        device.get(), null, AuthorityUtils.createAuthorityList("ROLE_" + DEVICE_ROLE)));
                contexts.setContext(context);
            }
            chain.doFilter(request, response);
        }

        private static void refuse(HttpServletResponse response, HttpStatus status, String problem) throws IOException {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"problem\":\"" + problem + "\"}");
        }

    }
}
