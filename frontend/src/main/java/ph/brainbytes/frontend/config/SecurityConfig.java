package ph.brainbytes.frontend.config;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import ph.brainbytes.frontend.account.BackendLogoutHandler;
import ph.brainbytes.frontend.account.LoginFailureHandler;
import ph.brainbytes.frontend.account.LoginSuccessHandler;

/**
 * Form log-in against the backend (see the account package), CSRF on every form and script request
 * (the scripts post the form's own token), and strict security headers: no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final String[] STAFF = {"TEACHER", "ADMIN"};

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            LoginSuccessHandler loginSuccess,
            LoginFailureHandler loginFailure,
            BackendLogoutHandler backendLogout)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.toAnyEndpoint())
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/login",
                                "/signup",
                                "/error",
                                "/offline",
                                "/vitals",
                                "/sw.js",
                                "/manifest.webmanifest",
                                "/css/**",
                                "/js/**",
                                "/icons/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/classes/**")
                        .hasAnyRole("TEACHER", "ADMIN")
                        .requestMatchers("/my-classes/**")
                        .hasRole("STUDENT")
                        // writing and changing materials; the backend decides whose material each may change
                        .requestMatchers("/materials/new", "/materials/*/edit", "/materials/*/delete")
                        .hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/materials")
                        .hasAnyRole(STAFF)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(loginSuccess)
                        .failureHandler(loginFailure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(backendLogout)
                        .logoutSuccessUrl("/login?logout"))
                // a beacon changes nothing for the user and carries no session; anonymous pages send them too
                .csrf(csrf -> csrf.ignoringRequestMatchers("/vitals"))
                // pages and the scripts' requests alike are sent to the log-in page, whatever they accept
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
