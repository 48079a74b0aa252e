package ph.brainbytes.backend.limits;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Buckets in Redis, so every instance sees the same counts; the local buckets answer while Redis is away. */
final class RedisRateLimiter implements RateLimiter {

    private final RedisStore redis;
    private final RateLimiter local;

    RedisRateLimiter(RedisStore redis, RateLimiter local) {
        this.redis = redis;
        this.local = local;
    }

    @Override
    public Optional<Duration> tryTake(String key, List<Rate> rates) {
        return redis.attempt(
                connected -> Buckets.verdict(connected
                        .buckets()
                        .builder()
                        .build(redis.key(Buckets.key(key, rates)), () -> Buckets.configuration(rates))
                        .tryConsumeAndReturnRemaining(1)),
                () -> local.tryTake(key, rates));
    }
}
