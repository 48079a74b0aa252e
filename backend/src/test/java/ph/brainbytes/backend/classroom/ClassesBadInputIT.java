package ph.brainbytes.backend.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.FeatureIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Malformed and hostile input on the new endpoints: a 4xx problem, never a 500, and nothing changes. */
class ClassesBadInputIT extends FeatureIntegrationTest {

    private static final String HUGE = "\"" + "a".repeat(2_000_000) + "\"";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": ",
                "not json",
                "[]",
                "{\"name\": 42, \"gradeLevel\": \"seven\"}",
                "{\"name\": \"Klase\", \"gradeLevel\": 99}",
                "{\"name\": \"Klase\", \"subject\": \"math|.*\"}",
                "{\"name\": \"   \"}",
                "{\"name\": \"bad \\u0000 name\"}",
                "{\"name\": \"half \\ud800 pair\"}",
            })
    void classCreationRefusesBadBodiesAndStoresNothing(String body) {
        Account teacher = account("TEACHER");
        ResponseEntity<JsonNode> refused = api.send(HttpMethod.POST, "/api/v1/classes", teacher.token(), body);
        assertProblem(refused, 400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from classes where teacher_id = ?", Integer.class, teacher.id()))
                .isZero();
    }

    @Test
    void hugeBodiesAndLongStringsAreRefused() {
        Account teacher = account("TEACHER");
        assertProblem(api.send(HttpMethod.POST, "/api/v1/classes", teacher.token(), "{\"name\": " + HUGE + "}"), 400);
        assertProblem(api.post("/api/v1/classes", teacher.token(), Map.of("name", "k".repeat(101))), 400);
        Account student = account("STUDENT");
        String conversation = newConversation(student.token());
        assertProblem(
                api.patch("/api/v1/conversations/" + conversation, student.token(), Map.of("title", "t".repeat(121))),
                400);
        assertProblem(api.get("/api/v1/conversations", student.token(), "q", "q".repeat(121)), 400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from classes where teacher_id = ?", Integer.class, teacher.id()))
                .isZero();
    }

    @Test
    void settingsOutOfRangeLeaveTheClassAsItWas() {
        Account teacher = account("TEACHER");
        String id = api.post("/api/v1/classes", teacher.token(), Map.of("name", "Araling Panlipunan 5"))
                .getBody()
                .path("id")
                .asString();
        String settings = "/api/v1/classes/" + id + "/settings";
        api.put(settings, teacher.token(), Map.of("tutorMode", "socratic", "questionsPerMinute", 5));

        assertProblem(api.put(settings, teacher.token(), Map.of("tutorMode", "lecture")), 400);
        assertProblem(api.put(settings, teacher.token(), Map.of("questionsPerMinute", 0)), 400);
        assertProblem(api.put(settings, teacher.token(), Map.of("questionsPerDay", -1)), 400);
        assertProblem(api.send(HttpMethod.PUT, settings, teacher.token(), "{\"questionsPerMinute\": \"many\"}"), 400);
        assertProblem(api.send(HttpMethod.PUT, settings, teacher.token(), "{\"questionsPerMinute\": 1e99}"), 400);

        Map<String, Object> row = jdbc.queryForMap(
                "select tutor_mode, questions_per_minute from classes where id = ?", UUID.fromString(id));
        assertThat(row).containsEntry("tutor_mode", "socratic").containsEntry("questions_per_minute", 5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/classes/not-a-uuid",
                "/api/v1/classes/..%2F..%2Fetc%2Fpasswd/members",
                "/api/v1/classes/00000000-0000-0000-0000-000000000000/flags",
                "/api/v1/classes/%27%20or%201=1--/members",
            })
    void pathTricksAreClientErrors(String path) {
        ResponseEntity<JsonNode> answer = api.get(path, account("TEACHER").token());
        assertThat(answer.getStatusCode().is4xxClientError()).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", ".*", "' OR '1'='1", "ABCD\u202EEFGH", "\uD83D\uDE00\uD83D\uDE00"})
    void oddJoinCodesFindNoClass(String code) {
        Account student = account("STUDENT");
        ResponseEntity<JsonNode> answer = api.post("/api/v1/classes/join", student.token(), Map.of("code", code));
        assertProblem(answer, 404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from class_members where user_id = ?", Integer.class, student.id()))
                .isZero();
    }

    @Test
    void feedbackOnPathTricksOrWrongTypesChangesNothing() {
        Account student = account("STUDENT");
        String conversation = newConversation(student.token());
        String base = "/api/v1/conversations/" + conversation + "/messages/";
        assertProblem(api.post(base + "not-a-uuid/feedback", student.token(), Map.of("helpful", true)), 400);
        assertProblem(
                api.send(HttpMethod.POST, base + UUID.randomUUID() + "/feedback", student.token(), "{\"helpful\": tru"),
                400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from answer_feedback where user_id = ?", Integer.class, student.id()))
                .isZero();
    }

    private static void assertProblem(ResponseEntity<JsonNode> answer, int status) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
