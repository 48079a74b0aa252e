package ph.brainbytes.frontend.backend;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the backend's public API lives; timeouts come from {@code spring.http.clients.*}. */
@ConfigurationProperties("brainbytes.backend")
record BackendProperties(URI url) {}
