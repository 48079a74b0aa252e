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
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The one Redis connection every shared limit uses, and the single place that decides to fall back: when Redis cannot
 * be reached the local store answers instead (the service keeps serving, each instance counting on its own) and
 * Redis is tried again after {@code retryInterval}.
 */
final class RedisStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisStore.class);

    private final RedisClient client;
    private final LimitsStoreProperties properties;
    private final LimitsStatus status;
    private volatile Connected connected;

    RedisStore(LimitsStoreProperties properties, LimitsStatus status) {
        RedisURI uri = RedisURI.create(properties.url());
        uri.setTimeout(properties.timeout());
        this.client = RedisClient.create(uri);
        // Fail fast while disconnected instead of queueing commands until the timeout.
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                .build());
        this.properties = properties;
        this.status = status;
    }

    /** Keys in Redis start with the configured prefix, so several deployments can share one server. */
    String key(String name) {
        return properties.keyPrefix() + name;
    }

    /** Asks Redis, or the local store while Redis is away. */
    <T> T attempt(Function<Connected, T> remote, Supplier<T> local) {
        if (status.redisWorthTrying(properties.retryInterval())) {
            try {
                T answer = remote.apply(connected());
                status.redisAnswered();
                return answer;
            } catch (RuntimeException unreachable) {
                if (status.redisFailed()) {
                    log.warn(
                            "Redis unreachable, limits fall back to this instance's memory: {}",
                            unreachable.toString());
                }
            }
        }
        status.servedLocally();
        return local.get();
    }

    /** Connects on first use, so the service starts even while Redis is down; Lettuce then reconnects by itself. */
    private Connected connected() {
        Connected current = connected;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connected == null) {
                StatefulRedisConnection<String, byte[]> connection =
                        client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
                        .requestTimeout(properties.timeout())
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(1)))
                        .build();
                connected = new Connected(connection, buckets);
            }
            return connected;
        }
    }

    @Override
    public void destroy() {
        client.shutdown(Duration.ZERO, properties.timeout());
    }

    /** The raw connection (for failure counts) and Bucket4j's view of it (for rate buckets). */
    record Connected(StatefulRedisConnection<String, byte[]> connection, ProxyManager<String> buckets) {}
}
