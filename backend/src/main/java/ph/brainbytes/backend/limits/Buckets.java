package ph.brainbytes.backend.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The translation between our rates and Bucket4j, shared by the local and the Redis store. */
final class Buckets {

    private Buckets() {}

    /** Fixed windows (intervally refilled), so "30 a minute" means what a teacher expects. */
    static List<Bandwidth> bandwidths(List<Rate> rates) {
        return rates.stream()
                .map(rate -> Bandwidth.builder()
                        .capacity(rate.permits())
                        .refillIntervally(rate.permits(), rate.period())
                        .build())
                .toList();
    }

    static BucketConfiguration configuration(List<Rate> rates) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        bandwidths(rates).forEach(builder::addLimit);
        return builder.build();
    }

    static Bucket local(List<Rate> rates) {
        LocalBucketBuilder builder = Bucket.builder();
        bandwidths(rates).forEach(builder::addLimit);
        return builder.build();
    }

    /** Rates are part of the key, so a changed limit starts a fresh bucket rather than reusing one built for another. */
    static String key(String name, List<Rate> rates) {
        return name
                + rates.stream()
                        .map(rate -> rate.permits() + "/" + rate.period().toSeconds())
                        .collect(Collectors.joining(",", "[", "]"));
    }

    static Optional<Duration> verdict(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
