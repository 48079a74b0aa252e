package ph.brainbytes.backend.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.FeatureIntegrationTest;
import tools.jackson.databind.JsonNode;

class ClassroomFlowIT extends FeatureIntegrationTest {

    private static final String FLAGGED = """
            {"text": "Nandito ako para sa iyo. Tumawag sa NCMH crisis hotline 1553.", "language": "fil",
             "subject": "general", "questionType": "other", "mode": "direct", "citations": [],
             "provider": "offline", "safety": {"flagged": true, "category": "self-harm"}}""";

    @Test
    void aTeachersClassSetsModeAndQuotaForItsStudentsAndShowsThemToThatTeacherOnly() {
        Account teacher = account("TEACHER");
        Account otherTeacher = account("TEACHER");
        Account student = account("STUDENT");

        ResponseEntity<JsonNode> created =
                api.post("/api/v1/classes", teacher.token(), Map.of("name", "Grade 8 - Sampaguita", "subject", "math"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String classId = created.getBody().path("id").asString();
        String code = created.getBody().path("joinCode").asString();
        assertThat(code).matches("[" + JoinCodes.ALPHABET + "]{8}");

        ResponseEntity<JsonNode> joined = api.post(
                "/api/v1/classes/join",
                student.token(),
                Map.of("code", code.toLowerCase().substring(0, 4) + "-" + code.substring(4)));
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(joined.getBody().path("name").asString()).isEqualTo("Grade 8 - Sampaguita");
        assertThat(joined.getBody().has("joinCode")).isFalse();

        ResponseEntity<JsonNode> configured = api.put(
                "/api/v1/classes/" + classId + "/settings",
                teacher.token(),
                Map.of("tutorMode", "socratic", "questionsPerMinute", 2, "questionsPerDay", 100));
        assertThat(configured.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(configured.getBody().path("questionsPerMinute").asInt()).isEqualTo(2);

        String conversation = newConversation(student.token());
        String messages = "/api/v1/conversations/" + conversation + "/messages";
        api.post(messages, student.token(), Map.of("text", "Solve 2x + 3 = 7"));
        assertThat(lastRequest().path("mode").asString())
                .as("the class's mode applies")
                .isEqualTo("socratic");
        AI.answerWith(FLAGGED);
        api.post(messages, student.token(), Map.of("text", "Wala nang saysay ang buhay ko", "mode", "direct"));
        assertThat(lastRequest().path("mode").asString())
                .as("the request's mode wins")
                .isEqualTo("direct");

        ResponseEntity<JsonNode> refused = api.post(messages, student.token(), Map.of("text", "One more?"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.getBody().path("type").asString())
                .isEqualTo("https://brainbytes.ph/problems/too-many-requests");
        ResponseEntity<JsonNode> refusedStream =
                api.post(messages + "/stream", student.token(), Map.of("text", "And?"));
        assertThat(refusedStream.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(storedQuestions(conversation))
                .as("refused questions are not stored")
                .isEqualTo(2);

        JsonNode members = api.get("/api/v1/classes/" + classId + "/members", teacher.token())
                .getBody()
                .path("items");
        assertThat(members.size()).isEqualTo(1);
        assertThat(members.get(0).path("displayName").asString()).isEqualTo("Maria STUDENT");
        assertThat(members.get(0).path("gradeLevel").asInt()).isEqualTo(8);
        assertThat(members.get(0).path("questionsToday").asLong()).isEqualTo(2);
        assertThat(members.get(0).path("questionsTotal").asLong()).isEqualTo(2);
        assertThat(members.get(0).path("lastActiveAt").isNull()).isFalse();

        JsonNode flags = api.get("/api/v1/classes/" + classId + "/flags", teacher.token())
                .getBody()
                .path("items");
        assertThat(flags.size()).isEqualTo(1);
        assertThat(flags.get(0).path("category").asString()).isEqualTo("self-harm");
        assertThat(flags.get(0).path("question").asString()).isEqualTo("Wala nang saysay ang buhay ko");
        assertThat(flags.get(0).path("learnerId").asString())
                .isEqualTo(student.id().toString());

        assertThat(api.get("/api/v1/classes/" + classId + "/flags", otherTeacher.token())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/v1/classes/" + classId + "/members", otherTeacher.token())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/v1/classes", otherTeacher.token())
                        .getBody()
                        .path("items")
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/classes", account("ADMIN").token())
                        .getBody()
                        .path("items")
                        .toString())
                .contains(classId);
    }

    @Test
    void aRegeneratedCodeReplacesTheOldOneAndALeavingStudentFollowsTheDefaultsAgain() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        JsonNode created = api.post("/api/v1/classes", teacher.token(), Map.of("name", "Science 6"))
                .getBody();
        String classId = created.path("id").asString();
        String oldCode = created.path("joinCode").asString();
        api.put("/api/v1/classes/" + classId + "/settings", teacher.token(), Map.of("tutorMode", "socratic"));

        String newCode = api.post("/api/v1/classes/" + classId + "/join-code", teacher.token(), Map.of())
                .getBody()
                .path("joinCode")
                .asString();
        assertThat(newCode).isNotEqualTo(oldCode);
        ResponseEntity<JsonNode> stale = api.post("/api/v1/classes/join", student.token(), Map.of("code", oldCode));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stale.getBody().path("type").asString())
                .isEqualTo("https://brainbytes.ph/problems/join-code-unknown");
        assertThat(api.post("/api/v1/classes/join", student.token(), Map.of("code", newCode))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/v1/classes/joined", student.token())
                        .getBody()
                        .path("items")
                        .size())
                .isEqualTo(1);

        String messages = "/api/v1/conversations/" + newConversation(student.token()) + "/messages";
        api.post(messages, student.token(), Map.of("text", "What is a cell?"));
        assertThat(lastRequest().path("mode").asString()).isEqualTo("socratic");

        assertThat(api.delete("/api/v1/classes/" + classId + "/membership", student.token())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        api.post(messages, student.token(), Map.of("text", "What is a tissue?"));
        assertThat(lastRequest().path("mode").isMissingNode()
                        || lastRequest().path("mode").isNull())
                .as("no class, no mode: the tutor's default applies")
                .isTrue();
        assertThat(api.delete("/api/v1/classes/" + classId + "/membership", student.token())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTeacherRemovesAStudentWhoFollowsTheDefaultsAgainAndMayRejoinWithTheCode() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        Account classmate = account("STUDENT");
        JsonNode created = api.post("/api/v1/classes", teacher.token(), Map.of("name", "Math 8"))
                .getBody();
        String classId = created.path("id").asString();
        String code = created.path("joinCode").asString();
        api.put(
                "/api/v1/classes/" + classId + "/settings",
                teacher.token(),
                Map.of("tutorMode", "socratic", "questionsPerMinute", 1));
        api.post("/api/v1/classes/join", student.token(), Map.of("code", code));
        api.post("/api/v1/classes/join", classmate.token(), Map.of("code", code));
        String messages = "/api/v1/conversations/" + newConversation(student.token()) + "/messages";
        api.post(messages, student.token(), Map.of("text", "What is 3 x 4?"));
        assertThat(lastRequest().path("mode").asString()).isEqualTo("socratic");

        String member = "/api/v1/classes/" + classId + "/members/" + student.id();
        assertThat(api.delete(member, teacher.token()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode members = api.get("/api/v1/classes/" + classId + "/members", teacher.token())
                .getBody()
                .path("items");
        assertThat(members.size()).isEqualTo(1);
        assertThat(members.get(0).path("userId").asString())
                .isEqualTo(classmate.id().toString());
        assertThat(api.get("/api/v1/classes/joined", student.token())
                        .getBody()
                        .path("items")
                        .size())
                .isZero();
        assertThat(jdbc.queryForList(
                        "select actor_id, detail from audit_events where type = 'CLASS_MEMBER_REMOVED' and subject_id = ?",
                        student.id()))
                .containsExactly(Map.of("actor_id", teacher.id(), "detail", classId));

        ResponseEntity<JsonNode> asked = api.post(messages, student.token(), Map.of("text", "What is 5 x 6?"));
        assertThat(asked.getStatusCode())
                .as("the class's quota of one a minute no longer applies")
                .isEqualTo(HttpStatus.CREATED);
        assertThat(lastRequest().path("mode").isMissingNode()
                        || lastRequest().path("mode").isNull())
                .as("nor its mode")
                .isTrue();

        ResponseEntity<JsonNode> again = api.delete(member, teacher.token());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getBody().path("type").asString())
                .isEqualTo("https://brainbytes.ph/problems/class-member-not-found");
        assertThat(api.delete("/api/v1/classes/" + UUID.randomUUID() + "/members/" + student.id(), teacher.token())
                        .getBody()
                        .path("type")
                        .asString())
                .isEqualTo("https://brainbytes.ph/problems/class-not-found");

        assertThat(api.post("/api/v1/classes/join", student.token(), Map.of("code", code))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/v1/classes/" + classId + "/members", teacher.token())
                        .getBody()
                        .path("items")
                        .size())
                .isEqualTo(2);
    }

    private static JsonNode lastRequest() {
        return AI.requests().get(AI.requests().size() - 1);
    }
}
