package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./brainbytes simulate traffic} against a launched platform: it stops by itself, and the
 * services' own counters show the sign-ups, the questions in all three languages and the streamed
 * answers it sent.
 */
class SimulateTrafficIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LaunchedPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = new LaunchedPlatform("simulate-traffic", Map.of()).up();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void simulatedStudentsSignUpAndAskInEnglishFilipinoAndTaglish() throws Exception {
        double registrations = sum("backend", "brainbytes_auth_registrations_total", "");
        double answered = sum("backend", "brainbytes_tutor_requests_total", "outcome=\"answered\"");
        double streamed = sum("ai-service", "brainbytes_tutor_first_token_seconds_count", "");

        Instant started = Instant.now();
        String output = platform.run("simulate", "traffic", "--seconds", "30", "--rate", "2");
        Duration took = Duration.between(started, Instant.now());

        System.out.printf(
                "SimulateTrafficIT: 'simulate traffic --seconds 30 --rate 2' ran %.1fs: %s%n",
                took.toMillis() / 1000.0, output.strip().replace('\n', ' '));
        assertThat(output).contains("done in");
        assertThat(took).as("stops by itself").isLessThan(Duration.ofSeconds(30 + 120));
        assertThat(sum("backend", "brainbytes_auth_registrations_total", "") - registrations)
                .as("students signed up")
                .isGreaterThanOrEqualTo(1);
        assertThat(sum("backend", "brainbytes_tutor_requests_total", "outcome=\"answered\"") - answered)
                .as("questions answered")
                .isGreaterThanOrEqualTo(5);
        assertThat(sum("ai-service", "brainbytes_tutor_first_token_seconds_count", "") - streamed)
                .as("answers streamed")
                .isGreaterThanOrEqualTo(1);
        for (String language : new String[] {"en", "fil", "taglish"}) {
            assertThat(sum("ai-service", "brainbytes_tutor_answers_total", "language=\"" + language + "\""))
                    .as("answers in %s", language)
                    .isPositive();
        }
    }

    /** The sum of a metric's samples on one service whose labels contain {@code matcher}. */
    private static double sum(String service, String metric, String matcher) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.managementUrl(service) + "/actuator/prometheus"))
                        .header("Accept", "text/plain;version=0.0.4")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher sample =
                Pattern.compile("(?m)^" + metric + "(\\{[^}]*\\})? (\\S+)").matcher(response.body());
        double sum = 0;
        while (sample.find()) {
            String labels = sample.group(1) == null ? "" : sample.group(1);
            if (labels.contains(matcher)) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }
}
