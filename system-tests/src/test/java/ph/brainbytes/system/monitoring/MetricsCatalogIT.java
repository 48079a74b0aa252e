package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/02-metrics-catalog.md against what the services really expose: the platform started by the
 * launcher with a language model (an OpenAI-compatible test server on loopback), one scripted
 * {@link StudentSession}, then every service's {@code /actuator/prometheus}. Every catalogued metric
 * is there, on the service the catalog names, with its type and exactly its labels; every {@code
 * brainbytes_*} series a service exposes is catalogued (pending rows included).
 */
class MetricsCatalogIT {

    /** Labels every series carries (Micrometer common tags) or that belong to the type. */
    private static final Set<String> STANDARD_LABELS = Set.of("application", "instance", "le", "quantile");

    private static final Pattern SAMPLE = Pattern.compile("(?m)^(brainbytes_[a-zA-Z0-9_:]*)(\\{([^}]*)\\})? ");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");
    private static final Pattern TYPE = Pattern.compile("(?m)^# TYPE (brainbytes_\\S+) (\\S+)$");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static FakeLanguageModel model;
    private static LaunchedPlatform platform;
    private static final Map<String, String> EXPOSED = new LinkedHashMap<>();

    @BeforeAll
    static void runASession() throws Exception {
        model = new FakeLanguageModel();
        platform = new LaunchedPlatform(
                        "metrics-catalog",
                        Map.of(
                                "BRAINBYTES_LLM_PROVIDER", "openai",
                                "BRAINBYTES_LLM_BASE_URL", model.baseUrl(),
                                "BRAINBYTES_LLM_MODEL", "test-model",
                                "BRAINBYTES_LLM_API_KEY", "test-only-key"))
                .up();
        Instant started = Instant.now();
        List<String> steps = new StudentSession(platform.backendUrl(), platform.frontendUrl()).run();
        System.out.printf(
                "MetricsCatalogIT: student session of %d requests in %.1fs, %d calls to the test model%n",
                steps.size(), Duration.between(started, Instant.now()).toMillis() / 1000.0, model.calls());
        for (String service : List.of("frontend", "backend", "ai-service")) {
            EXPOSED.put(service, scrape(platform.managementUrl(service)));
        }
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (model != null) {
            model.close();
        }
    }

    @Test
    void everyCataloguedMetricIsExposedByItsServiceWithItsTypeAndLabels() throws Exception {
        MetricsCatalog catalog = MetricsCatalog.read();
        List<String> problems = new ArrayList<>();
        for (MetricsCatalog.Row row : catalog.recorded()) {
            String exposition = EXPOSED.get(row.service());
            if (exposition == null) {
                problems.add(row.name() + ": 'Recorded in' names no service (" + row.service() + ")");
                continue;
            }
            Map<String, Set<String>> labels = labelsBySeries(exposition, catalog);
            Set<String> exposed = labels.get(row.name());
            if (exposed == null) {
                problems.add(row.name() + ": not exposed by " + row.service());
                continue;
            }
            if (!exposed.equals(new TreeSet<>(row.labels()))) {
                problems.add(row.name() + ": labels " + exposed + ", catalogued " + new TreeSet<>(row.labels()));
            }
            String type = exposedType(exposition, row.name());
            if (!type.equals(expectedType(row.type()))) {
                problems.add(row.name() + ": type " + type + ", catalogued '" + row.type() + "'");
            }
        }
        System.out.printf(
                "MetricsCatalogIT: %d recorded and %d pending custom metrics catalogued; %d checked live%n",
                catalog.recorded().size(),
                catalog.rows().size() - catalog.recorded().size(),
                catalog.recorded().size() - problems.size());
        assertThat(problems).as("catalog rows the services contradict").isEmpty();
        assertThat(catalog.recorded()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void everyBrainbytesSeriesExposedIsCatalogued() throws Exception {
        MetricsCatalog catalog = MetricsCatalog.read();
        List<String> uncatalogued = new ArrayList<>();
        int series = 0;
        for (Map.Entry<String, String> service : EXPOSED.entrySet()) {
            Matcher sample = SAMPLE.matcher(service.getValue());
            while (sample.find()) {
                series++;
                MetricsCatalog.Row row = catalog.owner(sample.group(1));
                if (row == null) {
                    uncatalogued.add(service.getKey() + ": " + sample.group(1));
                } else if (!row.pending() && !row.service().equals(service.getKey())) {
                    uncatalogued.add(
                            service.getKey() + ": " + sample.group(1) + " (catalogued for " + row.service() + ")");
                }
            }
        }
        assertThat(uncatalogued)
                .as("series missing from docs/02-metrics-catalog.md")
                .isEmpty();
        assertThat(series).isPositive();
    }

    /** Label names per catalogued metric, from its samples (all of {@code _bucket}, {@code _count}, …). */
    private static Map<String, Set<String>> labelsBySeries(String exposition, MetricsCatalog catalog) {
        Map<String, Set<String>> labels = new TreeMap<>();
        Matcher sample = SAMPLE.matcher(exposition);
        while (sample.find()) {
            MetricsCatalog.Row row = catalog.owner(sample.group(1));
            if (row == null) {
                continue;
            }
            Set<String> names = labels.computeIfAbsent(row.name(), name -> new TreeSet<>());
            Matcher label = LABEL.matcher(sample.group(3) == null ? "" : sample.group(3));
            while (label.find()) {
                if (!STANDARD_LABELS.contains(label.group(1))) {
                    names.add(label.group(1));
                }
            }
        }
        return labels;
    }

    private static String exposedType(String exposition, String name) {
        Matcher type = TYPE.matcher(exposition);
        while (type.find()) {
            if (type.group(1).equals(name) || type.group(1).equals(name.replaceFirst("_total$", ""))) {
                return type.group(2);
            }
        }
        return "none";
    }

    /** The Prometheus type a catalog's "Type" cell means: "timer (summary …)" is a summary, and so on. */
    static String expectedType(String cell) {
        String type = cell.toLowerCase(Locale.ROOT);
        if (type.contains("histogram")) {
            return "histogram";
        }
        if (type.contains("summary")) {
            return "summary";
        }
        return type.startsWith("gauge") ? "gauge" : "counter";
    }

    private static String scrape(String managementUrl) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/prometheus"))
                        .header("Accept", "text/plain;version=0.0.4")
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
