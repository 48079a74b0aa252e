package ph.brainbytes.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import ph.brainbytes.common.servicetoken.ServiceTokens;

/** The whole service on real ports, as the backend and Prometheus see it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"brainbytes.service-token.secret=" + AiServiceIT.SECRET, "management.server.port=0"})
@ExtendWith(OutputCaptureExtension.class)
class AiServiceIT {

    static final String SECRET = "an-integration-test-secret-of-enough-bytes";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    private HttpResponse<String> ask(String question) throws IOException, InterruptedException {
        String token = new ServiceTokens(SECRET, "brainbytes-backend", Clock.systemUTC()).mint("ai-service");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/internal/v1/tutor/answers"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question + "\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBackendsTraceIdIsInTheLogOfTheAnswer(CapturedOutput output) throws Exception {
        assertThat(ask("What is 12 / 4?").statusCode()).isEqualTo(200);

        assertThat(output.getOut()).containsPattern(TRACE_ID + ".*answered question language=en subject=math");
    }

    @Test
    void everyTutorMetricIsRecordedAndScrapedWithTheCommonTags() throws Exception {
        ask("Ano ang potosintesis?");
        ask("I want to kill myself");
        ask("What is your favourite colour?");

        String scrape = management("/actuator/prometheus").body();

        assertThat(scrape)
                .containsPattern("brainbytes_tutor_answers_total\\{.*application=\"ai-service\".*language=\"fil\"")
                .contains("brainbytes_tutor_answer_duration_seconds_count")
                .contains("brainbytes_tutor_safety_interventions_total{")
                .contains("category=\"self-harm\"")
                .contains("brainbytes_tutor_lesson_misses_total{");
    }

    @Test
    void probesAreOpenOnTheManagementPortOnly() throws Exception {
        assertThat(management("/actuator/health/readiness").body()).contains("\"UP\"");
        HttpResponse<String> onApiPort = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onApiPort.statusCode()).isIn(401, 404);
    }
}
