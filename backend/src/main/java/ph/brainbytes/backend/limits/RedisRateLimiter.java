package ph.brainbytes.backend.limits;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Buckets in Redis, so every instance sees the same counts. When Redis cannot be reached the local buckets answer
 * instead (the service keeps serving, each instance counting on its own) and Redis is tried again after
 * {@code retryInterval}.
 */
final class RedisRateLimiter implements RateLimiter, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    private final RedisClient client;
    private final LimitsStoreProperties properties;
    private final RateLimiter local;
    private final LimitsStatus status;
    private volatile ProxyManager<String> buckets;

    RedisRateLimiter(LimitsStoreProperties properties, RateLimiter local, LimitsStatus status) {
        RedisURI uri = RedisURI.create(properties.url());
        uri.setTimeout(properties.timeout());
        this.client = RedisClient.create(uri);
        // Fail fast while disconnected instead of queueing commands until the timeout.
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                .build());
        this.properties = properties;
        this.local = local;
        this.status = status;
    }

    @Override
    public Optional<Duration> tryTake(String key, List<Rate> rates) {
        if (status.redisWorthTrying(properties.retryInterval())) {
            try {
                Optional<Duration> verdict = Buckets.verdict(connected()
                        .builder()
                        .build(properties.keyPrefix() + Buckets.key(key, rates), () -> Buckets.configuration(rates))
                        .tryConsumeAndReturnRemaining(1));
                status.redisAnswered();
                return verdict;
            } catch (RuntimeException unreachable) {
                if (status.redisFailed()) {
                    log.warn(
                            "Redis unreachable, rate limits fall back to this instance's memory: {}",
                            unreachable.toString());
                }
            }
        }
        status.servedLocally();
        return local.tryTake(key, rates);
    }

    /** Connects on first use, so the service starts even while Redis is down; Lettuce then reconnects by itself. */
    private ProxyManager<String> connected() {
        ProxyManager<String> current = buckets;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (buckets == null) {
                StatefulRedisConnection<String, byte[]> connection =
                        client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                buckets = Bucket4jLettuce.casBasedBuilder(connection)
                        .requestTimeout(properties.timeout())
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(1)))
                        .build();
            }
            return buckets;
        }
    }

    @Override
    public void destroy() {
        client.shutdown(Duration.ZERO, properties.timeout());
    }
}
