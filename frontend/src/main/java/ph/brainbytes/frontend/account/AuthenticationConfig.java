package ph.brainbytes.frontend.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;

/** The backend is the only place passwords are checked. */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfig {

    @Bean
    AuthenticationManager authenticationManager(BackendAuthenticationProvider backend) {
        return new ProviderManager(backend);
    }
}
