package ph.brainbytes.backend.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.http.HttpMethod;
import ph.brainbytes.backend.FeatureIntegrationTest;

/**
 * Every endpoint of classes, conversation management, feedback and materials, called by every kind of actor (see the
 * CSVs).
 */
class ClassesAuthorizationIT extends FeatureIntegrationTest {

    private static Map<String, Account> actors;

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(
            resources = {"/authorization/classes-endpoints.csv", "/authorization/materials-endpoints.csv"},
            numLinesToSkip = 1)
    void eachActorGetsTheExpectedStatus(
            String method,
            String path,
            String body,
            int anonymous,
            int student,
            int otherStudent,
            int teacher,
            int otherTeacher,
            int admin) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("anonymous", anonymous);
        expected.put("student", student);
        expected.put("otherStudent", otherStudent);
        expected.put("teacher", teacher);
        expected.put("otherTeacher", otherTeacher);
        expected.put("admin", admin);
        Map<String, Integer> actual = new LinkedHashMap<>();
        expected.keySet().forEach(actor -> actual.put(actor, call(actor, method, path, body)));
        assertThat(actual).isEqualTo(expected);
    }

    /** Fresh data for every call, so one actor's DELETE cannot change what the next one sees. */
    private int call(String actor, String method, String path, String body) {
        Map<String, Account> who = actors();
        Account owner = who.get("student");
        var created = api.post("/api/v1/classes", who.get("teacher").token(), Map.of("name", "Matrix class"))
                .getBody();
        String code = created.path("joinCode").asString();
        api.post("/api/v1/classes/join", owner.token(), Map.of("code", code));
        String conversation = newConversation(owner.token());
        String answer = "none";
        if (path.contains("{answer}")) {
            answer = api.post(
                            "/api/v1/conversations/" + conversation + "/messages",
                            owner.token(),
                            Map.of("text", "Ano ang 2 + 2?"))
                    .getBody()
                    .path("answer")
                    .path("id")
                    .asString();
        }
        String material =
                path.contains("{material}") ? newMaterial(who.get("teacher").token()) : "none";
        String resolvedPath = path.replace("{class}", created.path("id").asString())
                .replace("{conversation}", conversation)
                .replace("{answer}", answer)
                .replace("{material}", material);
        String resolvedBody = body == null ? null : body.replace("{code}", code);
        String token = actor.equals("anonymous") ? null : who.get(actor).token();
        return api.statusOf(HttpMethod.valueOf(method), resolvedPath, token, resolvedBody)
                .value();
    }

    /** An uploaded text file, so its download is in the table too. */
    private String newMaterial(String teacherToken) {
        Map<String, Object> fields =
                Map.of("title", "Ikot ng tubig", "subject", "science", "grade", 4, "language", "fil");
        byte[] text = "Sumisingaw ang tubig.".getBytes(StandardCharsets.UTF_8);
        return api.upload("/api/v1/materials", teacherToken, fields, "tubig.txt", text)
                .getBody()
                .path("id")
                .asString();
    }

    private Map<String, Account> actors() {
        if (actors == null) {
            actors = Map.of(
                    "student", account("STUDENT"),
                    "otherStudent", account("STUDENT"),
                    "teacher", account("TEACHER"),
                    "otherTeacher", account("TEACHER"),
                    "admin", account("ADMIN"));
        }
        return actors;
    }
}
