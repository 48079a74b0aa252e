package ph.brainbytes.backend.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.FeatureIntegrationTest;
import tools.jackson.databind.JsonNode;

class FeedbackIT extends FeatureIntegrationTest {

    @Autowired
    private MeterRegistry registry;

    @Test
    void theOwnerRatesAnAnswerOnceAndASecondVerdictReplacesTheFirst() {
        Account student = account("STUDENT");
        String conversation = newConversation(student.token());
        JsonNode exchange = api.post(
                        "/api/v1/conversations/" + conversation + "/messages",
                        student.token(),
                        Map.of("text", "Solve 2x + 3 = 7"))
                .getBody();
        String answerId = exchange.path("answer").path("id").asString();
        String questionId = exchange.path("question").path("id").asString();
        String feedback = "/api/v1/conversations/" + conversation + "/messages/" + answerId + "/feedback";
        double helpfulBefore = counted("true");

        ResponseEntity<JsonNode> first =
                api.post(feedback, student.token(), Map.of("helpful", false, "reason", "Too fast"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().path("reason").asString()).isEqualTo("Too fast");
        api.post(feedback, student.token(), Map.of("helpful", true));

        assertThat(jdbc.queryForMap(
                        "select helpful, reason, subject, provider from answer_feedback where answer_id = ?",
                        UUID.fromString(answerId)))
                .containsEntry("helpful", true)
                .containsEntry("reason", null)
                .containsEntry("subject", "math")
                .containsEntry("provider", "offline");
        assertThat(counted("true") - helpfulBefore).isEqualTo(1.0);
        JsonNode given = api.get("/api/v1/conversations/" + conversation + "/feedback", student.token())
                .getBody()
                .path("items");
        assertThat(given).hasSize(1);
        assertThat(given.get(0).path("answerId").asString()).isEqualTo(answerId);
        assertThat(given.get(0).path("helpful").asBoolean()).isTrue();

        String onQuestion = "/api/v1/conversations/" + conversation + "/messages/" + questionId + "/feedback";
        assertThat(api.post(onQuestion, student.token(), Map.of("helpful", true))
                        .getStatusCode())
                .as("only answers can be rated")
                .isEqualTo(HttpStatus.NOT_FOUND);
        Account stranger = account("STUDENT");
        assertThat(api.post(feedback, stranger.token(), Map.of("helpful", false))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/v1/conversations/" + conversation + "/feedback", stranger.token())
                        .getStatusCode())
                .as("nobody sees another learner's verdicts")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(feedback, student.token(), Map.of("helpful", "maybe"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(feedback, student.token(), Map.of("reason", "no verdict"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(feedback, student.token(), Map.of("helpful", false, "reason", "x".repeat(301)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject(
                        "select helpful from answer_feedback where answer_id = ?",
                        Boolean.class,
                        UUID.fromString(answerId)))
                .as("refused verdicts change nothing")
                .isTrue();
    }

    @Test
    void teachersSeeTheSummaryStudentsDoNot() {
        Account student = account("STUDENT");
        String conversation = newConversation(student.token());
        String answerId = api.post(
                        "/api/v1/conversations/" + conversation + "/messages",
                        student.token(),
                        Map.of("text", "Solve x + 1 = 2"))
                .getBody()
                .path("answer")
                .path("id")
                .asString();
        api.post(
                "/api/v1/conversations/" + conversation + "/messages/" + answerId + "/feedback",
                student.token(),
                Map.of("helpful", true));

        assertThat(api.get("/api/v1/feedback/summary", student.token()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode rows = api.get("/api/v1/feedback/summary", account("TEACHER").token())
                .getBody()
                .path("items");
        long helpfulMath = 0;
        for (JsonNode row : rows) {
            if (row.path("subject").asString().equals("math")
                    && row.path("language").asString().equals("en")
                    && row.path("provider").asString().equals("offline")) {
                helpfulMath = row.path("helpful").asLong();
            }
        }
        assertThat(helpfulMath)
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from answer_feedback where helpful and subject = 'math' and language = 'en'"
                                + " and provider = 'offline'",
                        Long.class))
                .isPositive();
    }

    private double counted(String helpful) {
        var counter = registry.find("brainbytes.learning.feedback")
                .tags("helpful", helpful, "subject", "math", "language", "en", "provider", "offline")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
