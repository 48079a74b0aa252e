package ph.brainbytes.backend.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where buckets live. An empty {@code url} keeps them in memory; {@code redis://user:pass@host:port} (or
 * {@code rediss://}, Heroku's {@code REDIS_URL} form) shares them between instances.
 */
@ConfigurationProperties("brainbytes.limits.redis")
record LimitsStoreProperties(
        String url,
        @DefaultValue("brainbytes:limits:") String keyPrefix,
        @DefaultValue("500ms") Duration timeout,
        @DefaultValue("2s") Duration retryInterval) {

    boolean redisConfigured() {
        return url != null && !url.isBlank();
    }
}
