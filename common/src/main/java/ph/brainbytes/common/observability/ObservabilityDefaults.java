package ph.brainbytes.common.observability;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every BrainBytes service shares: which management endpoints exist, the common metric
 * tags, probes, tracing and graceful shutdown. Added with the lowest precedence, so any service's
 * own configuration or the environment overrides them.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "brainbytesObservabilityDefaults";

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.metrics.tags.application", "${spring.application.name}"),
            Map.entry(
                    "management.metrics.tags.instance", "${brainbytes.instance:${HOSTNAME:localhost}:${server.port}}"),
            Map.entry("management.metrics.distribution.percentiles-histogram.http.server.requests", "true"),
            Map.entry("management.tracing.sampling.probability", "1.0"),
            // Exemplars on counters and buckets only: Prometheus before 2.43 (Debian 12 ships 2.42)
            // rejects a whole scrape that carries one on a timer's _count.
            Map.entry(
                    "management.prometheus.metrics.export.properties.io.prometheus.exporter.exemplarsOnAllMetricTypes",
                    "false"),
            Map.entry("management.info.env.enabled", "false"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "10s"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
    }
}
