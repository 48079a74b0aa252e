package ph.brainbytes.backend.limits;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate buckets and failure back-offs share one store: Redis when {@code brainbytes.limits.redis.url} is set (with
 * local memory while it is away), local memory otherwise. The health indicator is named {@code limits} after its bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsStoreProperties.class)
class LimitsConfig {

    @Bean
    LimitsStatus limitsHealthIndicator(LimitsStoreProperties properties, MeterRegistry registry, Clock clock) {
        return new LimitsStatus(properties.redisConfigured(), registry, clock);
    }

    @Bean
    @ConditionalOnExpression("!'${brainbytes.limits.redis.url:}'.isBlank()")
    RedisStore redisStore(LimitsStoreProperties properties, LimitsStatus status) {
        return new RedisStore(properties, status);
    }

    @Bean
    RateLimiter rateLimiter(ObjectProvider<RedisStore> redis) {
        RateLimiter local = new LocalRateLimiter();
        RedisStore store = redis.getIfAvailable();
        return store == null ? local : new RedisRateLimiter(store, local);
    }

    @Bean
    BackoffLimiter backoffLimiter(ObjectProvider<RedisStore> redis, Clock clock) {
        BackoffLimiter local = new LocalBackoffLimiter(clock);
        RedisStore store = redis.getIfAvailable();
        return store == null ? local : new RedisBackoffLimiter(store, local, clock);
    }
}
