package ph.brainbytes.backend.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Teacher invites, role changes, user search and the audit log, as an admin uses them. */
class AdminFlowIT extends PostgresIntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private Actor admin;

    @BeforeEach
    void signUpAdmin() {
        admin = Actors.signUp(api, jdbc, "ADMIN");
    }

    @Test
    void anInviteMakesExactlyOneTeacher() {
        double teachers = meters.counter("brainbytes.auth.registrations", "role", "teacher")
                .count();
        ResponseEntity<JsonNode> created = api.post("/api/v1/admin/invites", admin.accessToken(), Map.of());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = created.getBody().path("code").asString();
        assertThat(code).hasSize(16);
        assertThat(jdbc.queryForObject("select count(*) from invites where code_hash = ?", Long.class, code))
                .as("only the hash is stored")
                .isZero();

        Map<String, Object> teacher = ApiClient.registration(ApiClient.uniqueEmail("teacher"));
        teacher.put("inviteCode", code.toLowerCase());
        ResponseEntity<JsonNode> registered = api.register(teacher);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(registered.getBody().path("role").asString()).isEqualTo("TEACHER");

        String secondEmail = ApiClient.uniqueEmail("second");
        Map<String, Object> second = ApiClient.registration(secondEmail);
        second.put("inviteCode", code);
        ResponseEntity<JsonNode> reused = api.register(second);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reused.getBody().path("type").asString()).isEqualTo("https://brainbytes.ph/problems/invalid-invite");
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, secondEmail))
                .isZero();

        JsonNode listed = api.get("/api/v1/admin/invites", admin.accessToken()).getBody();
        JsonNode invite =
                find(listed.path("items"), created.getBody().path("id").asString());
        assertThat(invite.path("status").asString()).isEqualTo("used");
        assertThat(invite.path("usedBy").asString())
                .isEqualTo(registered.getBody().path("id").asString());
        assertThat(invite.path("code").isNull()).as("never shown again").isTrue();
        assertThat(meters.counter("brainbytes.auth.registrations", "role", "teacher")
                        .count())
                .isEqualTo(teachers + 1);
    }

    @Test
    void anExpiredInviteIsRefused() {
        String code = api.post("/api/v1/admin/invites", admin.accessToken(), Map.of("validForDays", 1))
                .getBody()
                .path("code")
                .asString();
        jdbc.update("update invites set expires_at = created_at where created_by = ?", admin.id());
        Map<String, Object> body = ApiClient.registration(ApiClient.uniqueEmail("late"));
        body.put("inviteCode", code);

        assertThat(api.register(body).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRefreshAndOldTokensStop() {
        Actor student = Actors.signUp(api, jdbc, "STUDENT");

        ResponseEntity<JsonNode> changed = api.send(
                HttpMethod.PATCH,
                "/api/v1/admin/users/" + student.id() + "/role",
                admin.accessToken(),
                Map.of("role", "TEACHER"));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("role").asString()).isEqualTo("TEACHER");
        assertThat(api.get("/api/v1/me", student.accessToken()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode refreshed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", student.refreshToken()))
                .getBody();
        assertThat(api.get("/api/v1/me", refreshed.path("accessToken").asString())
                        .getBody()
                        .path("role")
                        .asString())
                .isEqualTo("TEACHER");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_events where type = 'ROLE_CHANGED' and subject_id = ?",
                        String.class,
                        student.id()))
                .isEqualTo("TEACHER");

        ResponseEntity<JsonNode> own = api.send(
                HttpMethod.PATCH,
                "/api/v1/admin/users/" + admin.id() + "/role",
                admin.accessToken(),
                Map.of("role", "STUDENT"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> bogus = api.send(
                HttpMethod.PATCH,
                "/api/v1/admin/users/" + student.id() + "/role",
                admin.accessToken(),
                Map.of("role", "SUPERUSER"));
        assertThat(bogus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void usersAreSearchedLiterallyAndPaged() {
        Actor teacher = Actors.signUp(api, jdbc, "TEACHER");
        String part = teacher.email().substring(8, 30);

        JsonNode found = api.get("/api/v1/admin/users?q=" + part.toUpperCase() + "&role=TEACHER", admin.accessToken())
                .getBody();
        assertThat(found.path("totalItems").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("id").asString())
                .isEqualTo(teacher.id().toString());

        assertThat(api.get("/api/v1/admin/users?q=%25", admin.accessToken())
                        .getBody()
                        .path("totalItems")
                        .asLong())
                .as("% is a character, not a wildcard")
                .isZero();
        JsonNode page = api.get("/api/v1/admin/users?size=1&page=0", admin.accessToken())
                .getBody();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theAuditLogListsSecurityEventsByTypeNewestFirst() {
        Actor student = Actors.signUp(api, jdbc, "STUDENT");
        api.login(student.email(), "wrong password!");

        JsonNode failures = api.get("/api/v1/admin/audit?type=LOGIN_FAILED&size=200", admin.accessToken())
                .getBody();

        assertThat(failures.path("items").toString()).contains(student.id().toString());
        failures.path("items")
                .forEach(item -> assertThat(item.path("type").asString()).isEqualTo("LOGIN_FAILED"));
        assertThat(failures.toString()).doesNotContain("wrong password!");
        assertThat(api.get("/api/v1/admin/audit?type=NOT_A_TYPE", admin.accessToken())
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode all =
                api.get("/api/v1/admin/audit?size=2", admin.accessToken()).getBody();
        assertThat(all.path("items").get(0).path("occurredAt").asString())
                .isGreaterThanOrEqualTo(
                        all.path("items").get(1).path("occurredAt").asString());
    }

    @Test
    void theAuditLogNamesActorAndSubjectByTheirCurrentNames() {
        Actor student = Actors.signUp(api, jdbc, "STUDENT");
        rename(admin, "Admin Ligaya");
        api.send(
                HttpMethod.PATCH,
                "/api/v1/admin/users/" + student.id() + "/role",
                admin.accessToken(),
                Map.of("role", "TEACHER"));
        rename(student, "Bb. <b>Santos</b>");

        JsonNode change = eventAbout(student, "ROLE_CHANGED");

        assertThat(change.path("actorId").asString()).isEqualTo(admin.id().toString());
        assertThat(change.path("actorName").asString()).isEqualTo("Admin Ligaya");
        assertThat(change.path("subjectId").asString()).isEqualTo(student.id().toString());
        assertThat(change.path("subjectName").asString())
                .as("today's name, exactly as typed")
                .isEqualTo("Bb. <b>Santos</b>");
        assertThat(change.path("detail").asString()).isEqualTo("TEACHER");
        assertThat(change.path("occurredAt").isMissingNode()).isFalse();
        assertThat(change.has("address")).isTrue();
    }

    @Test
    void aDeletedAccountsEventsNameNobody() {
        Actor student = Actors.signUp(api, jdbc, "STUDENT");
        String registered = eventAbout(student, "REGISTERED").path("id").asString();
        assertThat(api.send(
                                HttpMethod.DELETE,
                                "/api/v1/me",
                                student.accessToken(),
                                Map.of("password", ApiClient.PASSWORD))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode erased = find(audit("REGISTERED"), registered);

        assertThat(erased.path("actorName").isNull()).isTrue();
        assertThat(erased.path("subjectName").isNull()).isTrue();
    }

    @Test
    void anIdWhoseAccountIsGoneKeepsTheIdButHasNoName() {
        UUID event = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        jdbc.update(
                "insert into audit_events (id, occurred_at, type, actor_id, subject_id) values (?, ?, ?, ?, ?)",
                event,
                Timestamp.from(Instant.now()),
                "CLASS_MEMBER_REMOVED",
                gone,
                admin.id());

        JsonNode item = find(audit("CLASS_MEMBER_REMOVED"), event.toString());

        assertThat(item.path("actorId").asString()).isEqualTo(gone.toString());
        assertThat(item.path("actorName").isNull()).isTrue();
        assertThat(item.path("subjectName").asString()).isEqualTo("Juan");
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        Actor teacher = Actors.signUp(api, jdbc, "TEACHER");
        Actor student = Actors.signUp(api, jdbc, "STUDENT");

        assertThat(api.get("/api/v1/admin/audit", teacher.accessToken()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/v1/admin/audit", student.accessToken()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/v1/admin/audit", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void rename(Actor actor, String name) {
        jdbc.update("update users set display_name = ? where id = ?", name, actor.id());
    }

    private JsonNode audit(String type) {
        return api.get("/api/v1/admin/audit?size=200&type=" + type, admin.accessToken())
                .getBody()
                .path("items");
    }

    private JsonNode eventAbout(Actor actor, String type) {
        for (JsonNode item : audit(type)) {
            if (item.path("subjectId").asString().equals(actor.id().toString())) {
                return item;
            }
        }
        throw new AssertionError("no " + type + " event about " + actor.id());
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }
}
