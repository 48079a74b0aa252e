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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Alertmanager configuration as amtool sees it (valid, routed by team and severity), and a real
 * Alertmanager on loopback showing that a service that is down silences its own symptoms.
 */
class AlertmanagerIT {

    private static final Path ALERTMANAGER = Tool.root().resolve("monitoring/alertmanager");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Daemon alertmanager;

    /** The real configuration; only the templates are named by absolute path, for the work directory. */
    @BeforeAll
    static void startAlertmanager() throws IOException, InterruptedException {
        String config = Files.readString(ALERTMANAGER.resolve("alertmanager.yml"))
                .replace(
                        "- templates/", "- " + ALERTMANAGER.resolve("templates").toAbsolutePath() + "/");
        alertmanager = Daemon.alertmanager(Files.createTempDirectory("alertmanager"), config);
    }

    @AfterAll
    static void stopAlertmanager() throws InterruptedException {
        if (alertmanager != null) {
            alertmanager.close();
        }
    }

    @Test
    void configurationIsValid() {
        String output = Tool.run(ALERTMANAGER, "amtool", "check-config", "alertmanager.yml");
        assertThat(output).contains("SUCCESS").contains("1 templates");
    }

    @ParameterizedTest
    @CsvSource({
        "alertname=SafetyFlagNeedsHuman team=safeguarding severity=critical, safeguarding",
        "alertname=TutorSlowAnswers team=tutor severity=warning, tutor-chat",
        "alertname=ServiceDown team=tutor severity=critical job=ai-service, tutor-pager",
        "alertname=ServiceDown team=platform severity=critical job=backend, platform-pager",
        "alertname=HostCpuHigh team=platform severity=warning, platform-chat",
        "alertname=Unexpected, platform-chat"
    })
    void alertsReachTheirTeam(String labels, String receiver) {
        String[] command = new String[] {
            "amtool", "config", "routes", "test", "--config.file=alertmanager.yml", "--verify.receivers=" + receiver
        };
        String[] arguments = labels.split(" ");
        String[] line = new String[command.length + arguments.length];
        System.arraycopy(command, 0, line, 0, command.length);
        System.arraycopy(arguments, 0, line, command.length, arguments.length);
        Tool.run(ALERTMANAGER, line);
    }

    @Test
    void aServiceThatIsDownSilencesItsLatencyAlertsOnly() throws Exception {
        post(List.of(
                Map.of("alertname", "ServiceDown", "job", "backend", "severity", "critical", "team", "platform"),
                Map.of("alertname", "HighRequestLatency", "job", "backend", "severity", "warning", "team", "platform"),
                Map.of("alertname", "HighRequestLatency", "job", "frontend", "severity", "warning", "team", "platform"),
                Map.of(
                        "alertname",
                        "SafetyFlagNeedsHuman",
                        "job",
                        "ai-service",
                        "category",
                        "self-harm",
                        "severity",
                        "critical",
                        "team",
                        "safeguarding")));
        Instant deadline = Instant.now().plusSeconds(10);
        while (count("HighRequestLatency", "backend", false) != 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(count("HighRequestLatency", "backend", true))
                .as("backend latency, inhibited")
                .isEqualTo(1);
        assertThat(count("HighRequestLatency", "backend", false))
                .as("backend latency, shown")
                .isZero();
        assertThat(count("HighRequestLatency", "frontend", false))
                .as("frontend latency, shown")
                .isEqualTo(1);
        assertThat(count("ServiceDown", "backend", false))
                .as("backend down, shown")
                .isEqualTo(1);
        assertThat(count("SafetyFlagNeedsHuman", "ai-service", false))
                .as("safety flag, shown")
                .isEqualTo(1);
    }

    /** How many alerts Alertmanager holds for this alertname and job, shown or inhibited. */
    private static int count(String alertname, String job, boolean inhibited) throws IOException, InterruptedException {
        String filter = URLEncoder.encode("alertname=\"" + alertname + "\"", StandardCharsets.UTF_8) + "&filter="
                + URLEncoder.encode("job=\"" + job + "\"", StandardCharsets.UTF_8);
        String query = inhibited ? "active=false&inhibited=true" : "inhibited=false";
        String alerts = alertmanager.get("/api/v2/alerts?" + query + "&filter=" + filter);
        return alerts.split("\"fingerprint\"", -1).length - 1;
    }

    private static void post(List<Map<String, String>> alerts) throws IOException, InterruptedException {
        String startsAt = Instant.now().toString();
        String body = alerts.stream()
                .map(labels -> "{\"labels\":"
                        + labels.entrySet().stream()
                                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                                .collect(Collectors.joining(",", "{", "}"))
                        + ",\"startsAt\":\"" + startsAt + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(alertmanager.url() + "/api/v2/alerts"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
