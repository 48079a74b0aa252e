package ph.brainbytes.frontend.vitals;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records beacons as Prometheus histograms named for the alert rules: brainbytes_web_vitals_{lcp,inp,
 * ttfb}_seconds and brainbytes_web_vitals_cls, with buckets at the "good" and "poor" thresholds.
 */
@Component
class VitalsMetrics {

    private static final Map<String, Duration[]> TIMER_BUCKETS = Map.of(
            "LCP", millis(500, 1000, 1500, 2000, 2500, 3000, 4000, 6000, 10000),
            "INP", millis(50, 100, 200, 300, 500, 1000, 2000),
            "TTFB", millis(100, 200, 400, 800, 1200, 1800, 3000, 6000));
    private static final double[] CLS_BUCKETS = {0.01, 0.05, 0.1, 0.15, 0.25, 0.5, 1};

    private final MeterRegistry registry;

    VitalsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(VitalsBeacon beacon) {
        Tags tags = Tags.of("page", beacon.page(), "device", beacon.device(), "connection", beacon.connection());
        beacon.metrics().forEach((name, value) -> {
            if ("CLS".equals(name)) {
                DistributionSummary.builder("brainbytes.web.vitals.cls")
                        .description("Cumulative Layout Shift measured in learners' browsers")
                        .serviceLevelObjectives(CLS_BUCKETS)
                        .tags(tags)
                        .register(registry)
                        .record(value);
            } else {
                Timer.builder("brainbytes.web.vitals." + name.toLowerCase(java.util.Locale.ROOT))
                        .description(name + " measured in learners' browsers")
                        .serviceLevelObjectives(TIMER_BUCKETS.get(name))
                        .tags(tags)
                        .register(registry)
                        .record(Duration.ofNanos(Math.round(value * 1_000_000)));
            }
        });
    }

    private static Duration[] millis(long... values) {
        Duration[] buckets = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            buckets[i] = Duration.ofMillis(values[i]);
        }
        return buckets;
    }
}
