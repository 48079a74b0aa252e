package ph.brainbytes.backend.limits;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health indicator is named {@code limits} after its bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsStoreProperties.class)
class LimitsConfig {

    @Bean
    LimitsStatus limitsHealthIndicator(LimitsStoreProperties properties, MeterRegistry registry, Clock clock) {
        return new LimitsStatus(properties.redisConfigured(), registry, clock);
    }

    @Bean
    RateLimiter rateLimiter(LimitsStoreProperties properties, LimitsStatus status) {
        RateLimiter local = new LocalRateLimiter();
        return properties.redisConfigured() ? new RedisRateLimiter(properties, local, status) : local;
    }
}
