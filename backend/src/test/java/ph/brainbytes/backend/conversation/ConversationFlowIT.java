package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ph.brainbytes.backend.FakeAiService;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

class ConversationFlowIT extends PostgresIntegrationTest {

    private static final FakeAiService AI = FakeAiService.start();

    @DynamicPropertySource
    static void aiService(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.ai-service.url", AI::url);
        registry.add("brainbytes.ai-service.timeout", () -> "1s");
    }

    @AfterEach
    void answerPromptlyAgain() {
        AI.answerAfter(Duration.ZERO);
        AI.respondWith(200);
    }

    @Test
    void aStudentAsksAndTheTutorAnswersWithTheConversationSoFar() {
        String token = api.newStudent("fil").path("accessToken").asString();

        ResponseEntity<JsonNode> me = api.get("/api/v1/me", token);
        assertThat(me.getBody().path("preferredLanguage").asString()).isEqualTo("fil");
        assertThat(me.getBody().path("gradeLevel").asInt()).isEqualTo(7);

        ResponseEntity<JsonNode> created = api.post("/api/v1/conversations", token, Map.of("subject", "math"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String conversation = created.getBody().path("id").asString();
        String messages = "/api/v1/conversations/" + conversation + "/messages";

        ResponseEntity<JsonNode> first = api.post(messages, token, Map.of("text", "Solve 2x + 3 = 7"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode answer = first.getBody().path("answer");
        assertThat(first.getBody().path("question").path("text").asString()).isEqualTo("Solve 2x + 3 = 7");
        assertThat(answer.path("text").asString()).contains("x = 2");
        assertThat(answer.path("provider").asString()).isEqualTo("offline");
        assertThat(answer.path("citations").get(0).path("competency").asString())
                .isEqualTo("M7AL-IIi-1");
        assertThat(answer.path("safety").path("flagged").asBoolean()).isFalse();
        JsonNode sent = lastRequestTo(AI);
        assertThat(sent.path("subject").asString()).isEqualTo("math");
        assertThat(sent.path("learner").path("gradeLevel").asInt()).isEqualTo(7);
        assertThat(sent.path("learner").path("preferredLanguage").asString()).isEqualTo("fil");
        assertThat(sent.path("history").size()).isZero();
        assertThat(AI.traceParents().get(AI.traceParents().size() - 1))
                .as("trace context travels to the ai-service")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");

        api.post(messages, token, Map.of("text", "Why subtract 3 first?", "mode", "socratic"));
        JsonNode followUp = lastRequestTo(AI);
        assertThat(followUp.path("mode").asString()).isEqualTo("socratic");
        assertThat(followUp.path("history").size()).isEqualTo(2);
        assertThat(followUp.path("history").get(0).path("text").asString()).isEqualTo("Solve 2x + 3 = 7");
        assertThat(followUp.path("history").get(1).path("role").asString()).isEqualTo("tutor");

        JsonNode listed = api.get("/api/v1/conversations", token).getBody();
        assertThat(listed.path("items").get(0).path("id").asString()).isEqualTo(conversation);
        assertThat(listed.path("items").get(0).path("title").asString()).isEqualTo("Solve 2x + 3 = 7");
        assertThat(api.get("/api/v1/conversations?q=SOLVE", token)
                        .getBody()
                        .path("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/conversations?q=fractions", token)
                        .getBody()
                        .path("items")
                        .size())
                .isZero();

        JsonNode transcript = api.get(messages, token).getBody().path("items");
        assertThat(transcript.size()).isEqualTo(4);
        assertThat(List.of(
                        transcript.get(0).path("role").asString(),
                        transcript.get(1).path("role").asString(),
                        transcript.get(2).path("text").asString(),
                        transcript.get(3).path("role").asString()))
                .containsExactly("student", "tutor", "Why subtract 3 first?", "tutor");
    }

    @Test
    void aRetriedQuestionWithTheSameIdempotencyKeyIsStoredAndAnsweredOnce() {
        String token = api.newStudent("en").path("accessToken").asString();
        String conversation = newConversation(token);
        String messages = "/api/v1/conversations/" + conversation + "/messages";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        int callsBefore = AI.requests().size();

        JsonNode first =
                api.post(messages, token, Map.of("text", "What is 7 x 8?"), key).getBody();
        ResponseEntity<JsonNode> retry = api.post(messages, token, Map.of("text", "What is 7 x 8?"), key);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().path("question").path("id").asString())
                .isEqualTo(first.path("question").path("id").asString());
        assertThat(retry.getBody().path("answer").path("id").asString())
                .isEqualTo(first.path("answer").path("id").asString());
        assertThat(jdbc.queryForObject(
                        "select count(*) from messages where conversation_id = ? and role = 'student'",
                        Integer.class,
                        UUID.fromString(conversation)))
                .isEqualTo(1);
        assertThat(AI.requests().size() - callsBefore).isEqualTo(1);
    }

    @Test
    void aKeyStillBeingAnsweredOrUsedElsewhereIsRefusedWithoutStoringAgain() throws Exception {
        String token = api.newStudent("en").path("accessToken").asString();
        String conversation = newConversation(token);
        String messages = "/api/v1/conversations/" + conversation + "/messages";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        AI.answerAfter(Duration.ofMillis(900));
        int callsBefore = AI.requests().size();

        CompletableFuture<ResponseEntity<JsonNode>> first =
                CompletableFuture.supplyAsync(() -> api.post(messages, token, Map.of("text", "What is 9 x 9?"), key));
        while (AI.requests().size() == callsBefore && !first.isDone()) {
            Thread.sleep(10); // the tutor has the question, so it is stored and not yet answered
        }
        ResponseEntity<JsonNode> meanwhile = api.post(messages, token, Map.of("text", "What is 9 x 9?"), key);

        assertThat(meanwhile.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(meanwhile.getBody().path("type").asString())
                .isEqualTo("https://brainbytes.ph/problems/request-in-progress");
        assertThat(first.get(5, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String elsewhere = "/api/v1/conversations/" + newConversation(token) + "/messages";
        ResponseEntity<JsonNode> reused = api.post(elsewhere, token, Map.of("text", "What is 9 x 9?"), key);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from messages where conversation_id = ? and role = 'student'",
                        Integer.class,
                        UUID.fromString(conversation)))
                .isEqualTo(1);
    }

    @Test
    void aSlowTutorStillLeavesTheQuestionSavedAndSaysSoInTheStudentsLanguage() {
        String token = api.newStudent("fil").path("accessToken").asString();
        String messages = "/api/v1/conversations/" + newConversation(token) + "/messages";
        AI.answerAfter(Duration.ofMillis(2500));

        ResponseEntity<JsonNode> asked = api.post(messages, token, Map.of("text", "Ano ang photosynthesis?"));

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode answer = asked.getBody().path("answer");
        assertThat(answer.path("provider").asString()).isEqualTo("unavailable");
        assertThat(answer.path("language").asString()).isEqualTo("fil");
        assertThat(answer.path("text").asString()).contains("Nai-save ang iyong tanong");
        JsonNode transcript = api.get(messages, token).getBody().path("items");
        assertThat(transcript.get(0).path("text").asString()).isEqualTo("Ano ang photosynthesis?");

        AI.answerAfter(Duration.ZERO);
        api.post(messages, token, Map.of("text", "Ano ang chlorophyll?"));
        JsonNode history = lastRequestTo(AI).path("history");
        assertThat(history.size())
                .as("the stand-in answer is not sent to the tutor")
                .isEqualTo(1);
        assertThat(history.get(0).path("role").asString()).isEqualTo("student");
    }

    @Test
    void aFailingTutorGivesTheStandInAnswerNotAServerError() {
        String token = api.newStudent("en").path("accessToken").asString();
        String messages = "/api/v1/conversations/" + newConversation(token) + "/messages";
        AI.respondWith(503);

        ResponseEntity<JsonNode> asked = api.post(messages, token, Map.of("text", "What is a cell?"));

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(asked.getBody().path("answer").path("provider").asString()).isEqualTo("unavailable");
        assertThat(asked.getBody().path("answer").path("text").asString()).contains("question was saved");
        assertThat(asked.getBody().path("answer").path("subject").asString()).isEqualTo("science");
    }

    @Test
    void anotherStudentCannotSeeOrUseTheConversation() {
        String owner = api.newStudent("en").path("accessToken").asString();
        String stranger = api.newStudent("en").path("accessToken").asString();
        String messages = "/api/v1/conversations/" + newConversation(owner) + "/messages";

        assertThat(api.get(messages, stranger).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> posted = api.post(messages, stranger, Map.of("text", "Hello?"));
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(posted.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.get("/api/v1/conversations", stranger)
                        .getBody()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void theListPagesThroughEveryConversationNewestFirst() {
        String token = api.newStudent("en").path("accessToken").asString();
        for (int i = 1; i <= Conversations.PAGE_SIZE + 1; i++) {
            api.post("/api/v1/conversations", token, Map.of("title", "Lesson " + i));
        }

        JsonNode first = api.get("/api/v1/conversations", token).getBody();
        String cursor = first.path("nextCursor").asString();
        JsonNode second =
                api.get("/api/v1/conversations?cursor=" + cursor, token).getBody();

        assertThat(first.path("items").size()).isEqualTo(Conversations.PAGE_SIZE);
        assertThat(first.path("items").get(0).path("title").asString()).isEqualTo("Lesson 21");
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("title").asString()).isEqualTo("Lesson 1");
        assertThat(second.path("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/conversations?cursor=bm90LWEtY3Vyc29y", token)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void withoutATokenNothingIsShown() {
        ResponseEntity<JsonNode> response = api.get("/api/v1/conversations", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody().path("type").asString()).isEqualTo("https://brainbytes.ph/problems/unauthorized");
    }

    private String newConversation(String token) {
        return api.post("/api/v1/conversations", token, Map.of("subject", "science"))
                .getBody()
                .path("id")
                .asString();
    }

    private static JsonNode lastRequestTo(FakeAiService ai) {
        List<JsonNode> requests = ai.requests();
        return requests.get(requests.size() - 1);
    }
}
