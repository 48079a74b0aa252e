package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Grafana provisioning: every dashboard query is valid PromQL for a real Prometheus that has
 * loaded the rules, uses only metrics named in the metrics catalog, and reads the provisioned data
 * source; Grafana itself has no anonymous access and takes its admin password from the environment.
 */
class GrafanaDashboardsIT {

    private static final Path MONITORING = Tool.root().resolve("monitoring");
    private static final Path DASHBOARDS = MONITORING.resolve("grafana/dashboards");
    private static final Path CATALOG = Tool.root().resolve("docs/02-metrics-catalog.md");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Pattern EXPR = Pattern.compile("\"expr\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DATASOURCE_UID = Pattern.compile("\"uid\": \"([^\"]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of(
            "sum",
            "max",
            "min",
            "avg",
            "count",
            "by",
            "without",
            "and",
            "or",
            "unless",
            "on",
            "ignoring",
            "offset",
            "rate",
            "increase",
            "changes",
            "histogram_quantile",
            "sum_over_time",
            "sort_desc",
            "label_values");

    private static Process prometheus;
    private static String url;

    @BeforeAll
    static void startPrometheus() throws IOException, InterruptedException {
        int port = Daemon.freePort();
        Path work = Files.createTempDirectory("prometheus");
        Path config = work.resolve("prometheus.yml");
        Path rules = MONITORING.resolve("prometheus/rules");
        Files.writeString(config, """
                global:
                  evaluation_interval: 5s
                rule_files:
                  - %s
                  - %s
                """.formatted(rules.resolve("recording.yml"), rules.resolve("alerts.yml")));
        Path log = work.resolve("prometheus.log");
        url = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder(
                        "prometheus",
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + work.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!ready()) {
            assertThat(prometheus.isAlive())
                    .as("prometheus exited:%n%s", Files.readString(log))
                    .isTrue();
            assertThat(Instant.now()).as("prometheus ready").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopPrometheus() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            prometheus.waitFor();
        }
    }

    @Test
    void thereAreTheSixDashboards() throws IOException {
        assertThat(dashboards())
                .extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder(
                        "bb-system-overview.json",
                        "bb-application-performance.json",
                        "bb-ai-tutor.json",
                        "bb-learning-analytics.json",
                        "bb-filipino-context-mobile.json",
                        "bb-slo-error-budget.json");
    }

    @Test
    void prometheusLoadsEveryRuleGroup() throws Exception {
        String rules = get("/api/v1/rules");
        assertThat(rules).doesNotContain("\"health\":\"err\"");
        for (String group : List.of(
                "brainbytes-http-sli",
                "brainbytes-tutor-sli",
                "brainbytes-resources",
                "brainbytes-availability",
                "brainbytes-slo",
                "brainbytes-safety",
                "brainbytes-host",
                "brainbytes-containers")) {
            assertThat(rules).contains("\"name\":\"" + group + "\"");
        }
    }

    @Test
    void everyDashboardQueryIsValidPromQl() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path dashboard : dashboards()) {
            for (String expr : expressions(dashboard)) {
                String query = expr.replace("$__rate_interval", "1m")
                        .replace("$__range", "1h")
                        .replace("$job", "frontend|backend|ai-service");
                if (query.startsWith("label_values(")) {
                    continue; // a Grafana variable query, not PromQL
                }
                HttpResponse<String> response = send("/api/v1/query?query=" + encode(query));
                if (response.statusCode() != 200) {
                    failures.add(dashboard.getFileName() + ": " + expr + " → " + response.body());
                }
                checked++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void dashboardsUseOnlyCataloguedMetrics() throws IOException {
        String catalog = Files.readString(CATALOG);
        Set<String> missing = new TreeSet<>();
        for (Path dashboard : dashboards()) {
            for (String expr : expressions(dashboard)) {
                for (String metric : metricNames(expr)) {
                    String base = metric.replaceFirst("_(bucket|count|sum|max|gcount)$", "");
                    if (!catalog.contains("`" + metric) && !catalog.contains("`" + base)) {
                        missing.add(dashboard.getFileName() + ": " + metric);
                    }
                }
            }
        }
        assertThat(missing).as("metrics not in docs/02-metrics-catalog.md").isEmpty();
    }

    @Test
    void panelsReadTheProvisionedDataSource() throws IOException {
        String datasources = Files.readString(MONITORING.resolve("grafana/provisioning/datasources/prometheus.yml"));
        assertThat(datasources).contains("uid: prometheus");
        for (Path dashboard : dashboards()) {
            Matcher uid = DATASOURCE_UID.matcher(Files.readString(dashboard));
            Set<String> uids = new TreeSet<>();
            while (uid.find()) {
                uids.add(uid.group(1));
            }
            uids.remove(dashboard.getFileName().toString().replace(".json", ""));
            assertThat(uids).as(dashboard.getFileName().toString()).containsExactly("prometheus");
        }
    }

    @Test
    void grafanaHasNoAnonymousAccessAndNoPasswordInTheRepository() throws IOException {
        String ini = Files.readString(MONITORING.resolve("grafana/grafana.ini"));
        assertThat(ini).contains("admin_password = $__env{GRAFANA_ADMIN_PASSWORD}");
        assertThat(ini).containsPattern("(?s)\\[auth\\.anonymous\\]\\s*enabled = false");
        assertThat(ini).contains("allow_sign_up = false");
    }

    /** Metric and recording-rule names in a query: identifiers outside label matchers and groupings. */
    static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\\{[^}]*\\}", " ")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("\"[^\"]*\"", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(stripped);
        while (matcher.find()) {
            String word = matcher.group();
            int end = matcher.end();
            boolean call = end < stripped.length() && stripped.charAt(end) == '(';
            if (!PROMQL_WORDS.contains(word) && !call && !word.matches("\\d.*")) {
                names.add(word);
            }
        }
        return names;
    }

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> expressions(Path dashboard) throws IOException {
        List<String> expressions = new ArrayList<>();
        Matcher matcher = EXPR.matcher(Files.readString(dashboard));
        while (matcher.find()) {
            expressions.add(
                    matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\").replace("\\n", "\n"));
        }
        return expressions;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ready() {
        try {
            return send("/-/ready").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
