package ph.brainbytes.backend.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The data the tables point at, made through the API when first asked for: a class of {@code teacher}'s that
 * {@code student} has joined, the student's conversation, a tutor answer in it and a material by the teacher.
 */
final class Classroom {

    /** The fields of a material upload beside its file. */
    static final Map<String, Object> MATERIAL_FIELDS =
            Map.of("title", "Ikot ng tubig", "subject", "science", "grade", 4, "language", "fil");

    static final byte[] MATERIAL_TEXT = "Sumisingaw ang tubig.".getBytes(StandardCharsets.UTF_8);

    private final ApiClient api;
    private final Actor student;
    private final Actor teacher;
    private String classId;
    private String joinCode;
    private String conversation;
    private String answer;
    private String material;

    Classroom(ApiClient api, Actor student, Actor teacher) {
        this.api = api;
        this.student = student;
        this.teacher = teacher;
    }

    String classId() {
        if (classId == null) {
            JsonNode created = api.post("/api/v1/classes", teacher.accessToken(), Map.of("name", "Klase 7"))
                    .getBody();
            classId = created.path("id").asString();
            joinCode = created.path("joinCode").asString();
            api.post("/api/v1/classes/join", student.accessToken(), Map.of("code", joinCode));
        }
        return classId;
    }

    String joinCode() {
        classId();
        return joinCode;
    }

    String conversation() {
        if (conversation == null) {
            conversation = id(api.post("/api/v1/conversations", student.accessToken(), Map.of("subject", "math")));
        }
        return conversation;
    }

    String answer() {
        if (answer == null) {
            answer = api.post(
                            "/api/v1/conversations/" + conversation() + "/messages",
                            student.accessToken(),
                            Map.of("text", "Ano ang 2 + 2?"))
                    .getBody()
                    .path("answer")
                    .path("id")
                    .asString();
        }
        return answer;
    }

    /** An uploaded text file, so its download can be called too. */
    String material() {
        if (material == null) {
            material = id(api.upload(
                    "/api/v1/materials", teacher.accessToken(), MATERIAL_FIELDS, "tubig.txt", MATERIAL_TEXT));
        }
        return material;
    }

    private static String id(ResponseEntity<JsonNode> created) {
        return created.getBody().path("id").asString();
    }
}
