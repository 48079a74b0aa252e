package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An alert end to end, as an on-call engineer would meet it: the three services started by the
 * launcher, Prometheus and Alertmanager on loopback with the repository's own rules, routes and
 * templates (only intervals and receiver addresses changed), and a webhook receiver standing in
 * for the pager bridge and the team chat. Stopping ai-service with {@code ./brainbytes stop} must
 * page the tutor team through Alertmanager after the rule's own {@code for: 1m}; starting it again
 * must send the resolved notification.
 */
class AlertDeliveryIT {

    private static final Path ROOT = Tool.root();
    private static final String PAGER_TOKEN = "alert-delivery-test-token";

    private static LaunchedPlatform platform;
    private static WebhookReceiver webhook;
    private static Daemon alertmanager;
    private static Daemon prometheus;

    @BeforeAll
    static void startEverything() throws Exception {
        Path work = LaunchedPlatform.dataDir("alert-delivery");
        webhook = new WebhookReceiver();
        alertmanager = Daemon.alertmanager(work.resolve("alertmanager"), alertmanagerConfig(work.resolve("secrets")));
        platform = new LaunchedPlatform("alert-delivery", Map.of()).up();
        prometheus = Daemon.prometheus(work.resolve("prometheus"), prometheusConfig(platform, alertmanager));
        Instant deadline = Instant.now().plusSeconds(60);
        while (!prometheus
                .values("up{job=~\"frontend|backend|ai-service\"} == 1")
                .equals(java.util.List.of("1", "1", "1"))) {
            assertThat(Instant.now()).as("three services scraped within 60s").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (alertmanager != null) {
            alertmanager.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void stoppingTheTutorPagesItsTeamAndStartingItAgainResolvesThePage() throws Exception {
        assertThat(prometheus.values("ALERTS{alertname=\"ServiceDown\"}"))
                .as("no service is down before the test")
                .isEmpty();

        Instant stopped = Instant.now();
        String stop = platform.run("stop", "ai-service");
        assertThat(stop).contains("stopped ai-service");
        Duration stopTook = Duration.between(stopped, Instant.now());

        WebhookReceiver.Delivery page = webhook.await(pager("firing"), Duration.ofMinutes(4));
        assertThat(page)
                .as("a firing ServiceDown page within 4 minutes; deliveries so far: %s", webhook.deliveries())
                .isNotNull();
        Duration toPage = Duration.between(stopped, page.at());
        assertThat(page.authorization()).isEqualTo("Bearer " + PAGER_TOKEN);
        assertThat(page.body())
                .contains("\"receiver\":\"tutor-pager\"", "\"severity\":\"critical\"", "\"team\":\"tutor\"")
                .contains("\"runbook_url\":\"docs/06-monitoring-procedures.md#servicedown\"");
        assertThat(toPage).as("the rule waits its full minute").isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        WebhookReceiver.Delivery chat = webhook.await(
                d -> d.path().equals("/chat") && d.body().contains("ServiceDown"), Duration.ofSeconds(30));
        assertThat(chat).as("the tutor team's chat message").isNotNull();
        assertThat(chat.body()).contains("#bb-tutor-alerts", "ai-service");

        Instant restarted = Instant.now();
        String start = platform.run("start", "ai-service");
        assertThat(start).contains("ai-service is ready");
        Duration startTook = Duration.between(restarted, Instant.now());

        WebhookReceiver.Delivery resolved = webhook.await(pager("resolved"), Duration.ofMinutes(3));
        assertThat(resolved)
                .as(
                        "a resolved ServiceDown notification within 3 minutes of the restart; deliveries: %s",
                        webhook.deliveries())
                .isNotNull();
        Duration toResolve = Duration.between(restarted, resolved.at());
        assertThat(resolved.at()).isAfter(page.at());

        System.out.printf(
                "AlertDeliveryIT: './brainbytes stop ai-service' took %.1fs; stop → ServiceDown page at the"
                        + " webhook %.1fs (rule for: 1m, scrape/evaluation 1s, group_wait 1s)%n",
                stopTook.toMillis() / 1000.0, toPage.toMillis() / 1000.0);
        System.out.printf(
                "AlertDeliveryIT: './brainbytes start ai-service' took %.1fs to ready; restart → resolved"
                        + " notification %.1fs (group_interval 2s)%n",
                startTook.toMillis() / 1000.0, toResolve.toMillis() / 1000.0);
    }

    /** A pager notification for ai-service's ServiceDown in the given state. */
    private static Predicate<WebhookReceiver.Delivery> pager(String status) {
        return d -> d.path().equals("/alertmanager/tutor")
                && d.body().contains("\"status\":\"" + status + "\"")
                && d.body().contains("\"alertname\":\"ServiceDown\"")
                && d.body().contains("\"job\":\"ai-service\"");
    }

    /**
     * The real alertmanager.yml with short group timings, the receivers' addresses pointing at the
     * webhook receiver, and the secret files the deployment would mount written here instead.
     */
    private static String alertmanagerConfig(Path secrets) throws Exception {
        Files.createDirectories(secrets);
        Files.writeString(secrets.resolve("alertmanager_smtp_password"), "unused-in-this-test");
        Files.writeString(secrets.resolve("alertmanager_chat_webhook_url"), webhook.url() + "/chat");
        Files.writeString(secrets.resolve("alertmanager_pager_token"), PAGER_TOKEN);
        Path real = ROOT.resolve("monitoring/alertmanager");
        String config = Files.readString(real.resolve("alertmanager.yml"))
                .replaceAll("group_wait: \\S+", "group_wait: 1s")
                .replaceAll("group_interval: \\S+", "group_interval: 2s")
                .replaceAll("repeat_interval: \\S+", "repeat_interval: 1m")
                .replace("/run/secrets/", secrets + "/")
                .replace("http://pager-bridge:9095", webhook.url())
                .replace("smtp.brainbytes.ph:587", "127.0.0.1:9")
                .replace("- templates/", "- " + real.resolve("templates") + "/");
        assertThat(config).doesNotContain("pager-bridge:", "/run/secrets/", "group_wait: 30s");
        return config;
    }

    /** The real prometheus-local.yml with this platform's ports, 1s intervals and this Alertmanager. */
    private static String prometheusConfig(LaunchedPlatform platform, Daemon alertmanager) throws Exception {
        Path real = ROOT.resolve("monitoring/prometheus");
        String config = Files.readString(real.resolve("prometheus-local.yml"))
                .replace("127.0.0.1:9301", "127.0.0.1:" + platform.port("FRONTEND_MANAGEMENT_PORT"))
                .replace("127.0.0.1:9300", "127.0.0.1:" + platform.port("BACKEND_MANAGEMENT_PORT"))
                .replace("127.0.0.1:9302", "127.0.0.1:" + platform.port("AI_MANAGEMENT_PORT"))
                .replace("127.0.0.1:9093", alertmanager.hostPort())
                .replace("127.0.0.1:9090", "127.0.0.1:${PORT}")
                .replaceAll("scrape_interval: \\S+", "scrape_interval: 1s")
                .replaceAll("scrape_timeout: \\S+", "scrape_timeout: 1s")
                .replaceAll("evaluation_interval: \\S+", "evaluation_interval: 1s")
                .replace("- rules/", "- " + real.resolve("rules") + "/");
        assertThat(config).contains(alertmanager.hostPort());
        return config;
    }
}
