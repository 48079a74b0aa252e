package ph.brainbytes.ai.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import ph.brainbytes.common.servicetoken.ServiceTokens;

/** Only the backend, holding a valid service token, may ask the tutor anything. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    JwtDecoder serviceTokenDecoder(ServiceTokenProperties properties) {
        return ServiceTokens.decoder(properties.secret(), properties.issuer(), properties.audience());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) {
        http.authorizeHttpRequests(requests -> requests
                        // Only served on the management port, which is never exposed outside the cluster.
                        .requestMatchers(EndpointRequest.toAnyEndpoint())
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(
                        server -> server.jwt(Customizer.withDefaults()).authenticationEntryPoint(entryPoint))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens only, no cookies: there is no browser session to forge requests with.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
