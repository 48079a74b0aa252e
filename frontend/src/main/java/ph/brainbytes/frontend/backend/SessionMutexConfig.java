package ph.brainbytes.frontend.backend;

import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HttpSessionMutexListener;

/** Gives every session a stable lock object, used to serialise token refreshes of one user. */
@Configuration(proxyBeanMethods = false)
class SessionMutexConfig {

    @Bean
    ServletListenerRegistrationBean<HttpSessionMutexListener> sessionMutexListener() {
        return new ServletListenerRegistrationBean<>(new HttpSessionMutexListener());
    }
}
