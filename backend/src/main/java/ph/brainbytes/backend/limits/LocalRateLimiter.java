package ph.brainbytes.backend.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Buckets in this instance's memory: the embedded default, and the stand-in while Redis is away. */
final class LocalRateLimiter implements RateLimiter {

    /** Longer than the longest window we use (a day), so an idle bucket is only dropped once it would be full again. */
    private static final Duration IDLE_EXPIRY = Duration.ofHours(25);

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(IDLE_EXPIRY).build();

    @Override
    public Optional<Duration> tryTake(String key, List<Rate> rates) {
        Bucket bucket = buckets.get(Buckets.key(key, rates), name -> Buckets.local(rates));
        return Buckets.verdict(bucket.tryConsumeAndReturnRemaining(1));
    }
}
