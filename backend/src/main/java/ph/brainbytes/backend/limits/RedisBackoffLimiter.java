package ph.brainbytes.backend.limits;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Failures in Redis, so a guess on one instance counts on all of them; the local store answers while Redis is away.
 * A failure is recorded by compare-and-set (read, compute with {@link Backoff}, write only if unchanged), so two
 * instances failing at once both count and the arithmetic stays in Java.
 */
final class RedisBackoffLimiter implements BackoffLimiter {

    /** Sets the new value with its expiry only when the stored one is still what was read ("" for none). */
    private static final String COMPARE_AND_SET = """
            local current = redis.call('GET', KEYS[1]) or ''
            if current == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              return 1
            end
            return 0
            """;

    /** Far more than two instances racing on one key ever need; beyond it the failure is counted locally. */
    private static final int MAX_ATTEMPTS = 20;

    private final RedisStore redis;
    private final BackoffLimiter local;
    private final Clock clock;

    RedisBackoffLimiter(RedisStore redis, BackoffLimiter local, Clock clock) {
        this.redis = redis;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> waitFor(String key, Backoff backoff) {
        return redis.attempt(
                connected -> backoff.waitFor(
                        Failures.parse(text(connected.connection().sync().get(redis.key(key)))), clock.instant()),
                () -> local.waitFor(key, backoff));
    }

    @Override
    public void failed(String key, Backoff backoff) {
        boolean recorded = redis.attempt(
                connected -> compareAndSet(connected.connection().sync(), redis.key(key), backoff), () -> false);
        if (!recorded) {
            local.failed(key, backoff);
        }
    }

    @Override
    public void clear(String key) {
        local.clear(key);
        redis.attempt(connected -> connected.connection().sync().del(redis.key(key)), () -> 0L);
    }

    private boolean compareAndSet(RedisCommands<String, byte[]> commands, String key, Backoff backoff) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String stored = text(commands.get(key));
            Failures next = backoff.afterFailure(Failures.parse(stored), clock.instant());
            long keepMillis =
                    Math.max(1, backoff.remembered(next, clock.instant()).toMillis());
            Long swapped = commands.eval(
                    COMPARE_AND_SET,
                    ScriptOutputType.INTEGER,
                    new String[] {key},
                    bytes(stored == null ? "" : stored),
                    bytes(next.stored()),
                    bytes(Long.toString(keepMillis)));
            if (swapped != null && swapped == 1L) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
