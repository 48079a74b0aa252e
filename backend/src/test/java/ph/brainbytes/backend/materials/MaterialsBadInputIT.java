package ph.brainbytes.backend.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.FeatureIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Malformed and hostile input on the materials endpoints: a 4xx problem, never a 500, and nothing stored. */
class MaterialsBadInputIT extends FeatureIntegrationTest {

    private static final String VALID =
            "\"title\": \"Aralin\", \"subject\": \"math\", \"grade\": 5, \"language\": \"fil\"";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": ",
                "[]",
                "{" + VALID + "}",
                "{" + VALID + ", \"markdown\": \"   \"}",
                "{\"subject\": \"math\", \"grade\": 5, \"language\": \"fil\", \"markdown\": \"x\"}",
                "{\"title\": \"A\", \"subject\": \"math|.*\", \"grade\": 5, \"language\": \"fil\", \"markdown\": \"x\"}",
                "{\"title\": \"A\", \"subject\": \"math\", \"grade\": 99, \"language\": \"fil\", \"markdown\": \"x\"}",
                "{\"title\": \"A\", \"subject\": \"math\", \"grade\": \"five\", \"language\": \"fil\", \"markdown\": \"x\"}",
                "{\"title\": \"A\", \"subject\": \"math\", \"grade\": 5, \"language\": \"es\", \"markdown\": \"x\"}",
                "{" + VALID + ", \"competency\": \"'; drop table materials; --\", \"markdown\": \"x\"}",
                "{" + VALID + ", \"markdown\": \"bad \\u0000 body\"}",
                "{\"title\": \"half \\ud800 pair\", \"subject\": \"math\", \"grade\": 5, \"language\": \"fil\", \"markdown\": \"x\"}",
            })
    void writtenMaterialsRefuseBadBodies(String body) {
        Account teacher = account("TEACHER");
        assertProblem(api.send(HttpMethod.POST, "/api/v1/materials", teacher.token(), body), 400);
        assertNothingStoredBy(teacher);
    }

    @Test
    void tooLongFieldsAreRefused() {
        Account teacher = account("TEACHER");
        String body = "{" + VALID + ", \"markdown\": \"" + "m".repeat(200_001) + "\"}";
        assertProblem(api.send(HttpMethod.POST, "/api/v1/materials", teacher.token(), body), 400);
        String longTitle = "{\"title\": \"" + "t".repeat(201) + "\", \"subject\": \"math\", \"grade\": 5,"
                + " \"language\": \"fil\", \"markdown\": \"x\"}";
        assertProblem(api.send(HttpMethod.POST, "/api/v1/materials", teacher.token(), longTitle), 400);
        assertNothingStoredBy(teacher);
    }

    @Test
    void uploadsWithBadFieldsOrNoFileAreRefused() {
        Account teacher = account("TEACHER");
        byte[] text = "Tala".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> badGrade = Map.of("title", "A", "subject", "math", "grade", "lima", "language", "fil");
        assertProblem(api.upload("/api/v1/materials", teacher.token(), badGrade, "a.txt", text), 400);
        Map<String, Object> noTitle = Map.of("subject", "math", "grade", 5, "language", "fil");
        assertProblem(api.upload("/api/v1/materials", teacher.token(), noTitle, "a.txt", text), 400);
        Map<String, Object> fields = Map.of("title", "A", "subject", "math", "grade", 5, "language", "fil");
        assertProblem(api.upload("/api/v1/materials", teacher.token(), fields, "empty.txt", new byte[0]), 422);
        assertNothingStoredBy(teacher);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "subject=chemistry",
                "grade=0",
                "grade=seven",
                "competency=%27%20or%201=1--",
                "lang=es",
                "cursor=not-a-cursor",
                "cursor=bXxub3R8YXx1dWlk",
            })
    void badFiltersAreClientErrors(String query) {
        assertProblem(api.get("/api/v1/materials?" + query, account("STUDENT").token()), 400);
    }

    @Test
    void longSearchesAreRefused() {
        assertProblem(api.get("/api/v1/materials", account("STUDENT").token(), "q", "q".repeat(121)), 400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/materials/not-a-uuid",
                "/api/v1/materials/lesson-..%2F..%2Fetc%2Fpasswd",
                "/api/v1/materials/00000000-0000-0000-0000-000000000000/file",
                "/api/v1/materials/lesson-no-such-lesson",
                "/api/v1/materials/%27%20or%201=1--",
            })
    void pathTricksAreClientErrors(String path) {
        ResponseEntity<JsonNode> answer = api.get(path, account("STUDENT").token());
        assertThat(answer.getStatusCode().is4xxClientError()).as(path).isTrue();
    }

    @Test
    void editsWithBadValuesChangeNothing() {
        Account teacher = account("TEACHER");
        String body = "{" + VALID + ", \"markdown\": \"# Aralin\"}";
        String id = api.send(HttpMethod.POST, "/api/v1/materials", teacher.token(), body)
                .getBody()
                .path("id")
                .asString();
        String path = "/api/v1/materials/" + id;
        assertProblem(api.patch(path, teacher.token(), Map.of("title", "  ")), 400);
        assertProblem(api.patch(path, teacher.token(), Map.of("grade", 0)), 400);
        assertProblem(api.patch(path, teacher.token(), Map.of("language", "en-US")), 400);
        assertProblem(api.patch(path, teacher.token(), Map.of("competency", "nope")), 400);
        assertProblem(api.send(HttpMethod.PATCH, path, teacher.token(), "{\"grade\": 1e99}"), 400);
        JsonNode unchanged = api.get(path, teacher.token()).getBody();
        assertThat(unchanged.path("title").asString()).isEqualTo("Aralin");
        assertThat(unchanged.path("grade").asInt()).isEqualTo(5);
    }

    private void assertNothingStoredBy(Account teacher) {
        assertThat(jdbc.queryForObject(
                        "select count(*) from materials where author_id = ?", Integer.class, teacher.id()))
                .isZero();
    }

    private static void assertProblem(ResponseEntity<JsonNode> answer, int status) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
