package ph.brainbytes.backend.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Profile, password, avatar, export and erasure against the real PostgreSQL. */
class AccountsFlowIT extends PostgresIntegrationTest {

    private Actor ana;

    @BeforeEach
    void signUp() {
        ana = Actors.signUp(api, jdbc, "STUDENT");
    }

    @Test
    void theProfileChangesOnlyInItsOwnFields() {
        ResponseEntity<JsonNode> changed = api.send(
                HttpMethod.PATCH,
                "/api/v1/me",
                ana.accessToken(),
                Map.of(
                        "displayName", "Ana Reyes",
                        "gradeLevel", 9,
                        "region", "BARMM",
                        "preferredLanguage", "fil",
                        "preferredMode", "socratic",
                        "role", "ADMIN",
                        "email", "mallory@example.ph"));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode me = api.get("/api/v1/me", ana.accessToken()).getBody();
        assertThat(me.path("displayName").asString()).isEqualTo("Ana Reyes");
        assertThat(me.path("gradeLevel").asInt()).isEqualTo(9);
        assertThat(me.path("region").asString()).isEqualTo("BARMM");
        assertThat(me.path("regionName").asString()).isEqualTo("Bangsamoro Autonomous Region in Muslim Mindanao");
        assertThat(me.path("preferredLanguage").asString()).isEqualTo("fil");
        assertThat(me.path("preferredMode").asString()).isEqualTo("socratic");
        assertThat(me.path("role").asString()).isEqualTo("STUDENT");
        assertThat(me.path("email").asString()).isEqualTo(ana.email());
        assertThat(me.path("birthYear").asInt()).isEqualTo(ApiClient.ADULT_BIRTH_YEAR);
    }

    @Test
    void aNewPasswordEndsEverySessionAndOnlyItWorksAfterwards() {
        String newPassword = "bagong mahabang password ko";
        assertThat(changePassword("not my password", newPassword).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> common = changePassword(ApiClient.PASSWORD, "Password123");
        assertThat(common.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(common.getBody().path("errors").has("newPassword")).isTrue();
        assertThat(api.get("/api/v1/me", ana.accessToken()).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(changePassword(ApiClient.PASSWORD, newPassword).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(api.get("/api/v1/me", ana.accessToken()).getStatusCode())
                .as("access token from before the change")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", ana.refreshToken()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.login(ana.email(), ApiClient.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> login = api.login(ana.email(), newPassword);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/v1/me", login.getBody().path("accessToken").asString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(auditCount("PASSWORD_CHANGED", ana.id())).isEqualTo(1);
    }

    @Test
    void anAvatarIsStoredSmallAndAsPngWhateverWasSent() {
        byte[] jpeg = TestImages.encoded("jpg", 800, 800);

        assertThat(api.upload("/api/v1/me/avatar", ana.accessToken(), "me.jpg", jpeg)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<byte[]> stored = api.getBytes("/api/v1/me/avatar", ana.accessToken());
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(stored.getBody().length).isLessThan(jpeg.length);

        ResponseEntity<JsonNode> text = api.upload(
                "/api/v1/me/avatar", ana.accessToken(), "cat.png", "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text.getBody().path("type").asString()).isEqualTo("https://brainbytes.ph/problems/not-an-image");

        byte[] huge = new byte[2_500_000];
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
        ResponseEntity<JsonNode> tooLarge = api.upload("/api/v1/me/avatar", ana.accessToken(), "big.jpg", huge);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(tooLarge.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getBytes("/api/v1/me/avatar", ana.accessToken()).getBody())
                .as("the earlier picture is kept")
                .isEqualTo(stored.getBody());

        assertThat(api.send(HttpMethod.DELETE, "/api/v1/me/avatar", ana.accessToken(), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get("/api/v1/me/avatar", ana.accessToken()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theExportHoldsEverySectionAndNoSecrets() {
        api.post("/api/v1/conversations", ana.accessToken(), Map.of("title", "Fractions"));

        ResponseEntity<JsonNode> export = api.get("/api/v1/me/export", ana.accessToken());

        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("brainbytes-my-data.json");
        JsonNode sections = export.getBody().path("sections");
        assertThat(sections.path("profile").path("email").asString()).isEqualTo(ana.email());
        assertThat(sections.path("consent").get(0).path("noticeVersion").asString())
                .isNotBlank();
        assertThat(sections.path("sessions").size()).isEqualTo(1);
        assertThat(sections.path("conversations").get(0).path("title").asString())
                .isEqualTo("Fractions");
        assertThat(sections.path("audit").toString()).contains("REGISTERED", "LOGIN_SUCCEEDED");
        String whole = export.getBody().toString();
        assertThat(whole)
                .doesNotContain(ana.refreshToken())
                .doesNotContain("pbkdf2")
                .doesNotContain("passwordHash");
        assertThat(auditCount("DATA_EXPORTED", ana.id())).isEqualTo(1);
    }

    @Test
    void deletingTheAccountErasesItsDataAndLeavesOnlyAnAnonymousEvent() {
        api.post("/api/v1/conversations", ana.accessToken(), Map.of("title", "Photosynthesis"));
        api.upload("/api/v1/me/avatar", ana.accessToken(), "me.png", TestImages.encoded("png", 32, 32));
        long deletionsBefore =
                jdbc.queryForObject("select count(*) from audit_events where type = 'ACCOUNT_DELETED'", Long.class);

        assertThat(api.send(HttpMethod.DELETE, "/api/v1/me", ana.accessToken(), Map.of("password", "wrong password"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rows("users", "id", ana.id())).isEqualTo(1);

        ResponseEntity<JsonNode> deleted =
                api.send(HttpMethod.DELETE, "/api/v1/me", ana.accessToken(), Map.of("password", ApiClient.PASSWORD));

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rows("users", "id", ana.id())).isZero();
        assertThat(rows("conversations", "user_id", ana.id())).isZero();
        assertThat(rows("consents", "user_id", ana.id())).isZero();
        assertThat(rows("refresh_tokens", "user_id", ana.id())).isZero();
        assertThat(rows("avatars", "user_id", ana.id())).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_events where actor_id = ? or subject_id = ?",
                        Long.class,
                        ana.id(),
                        ana.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_events where type = 'ACCOUNT_DELETED'", Long.class))
                .isEqualTo(deletionsBefore + 1);
        assertThat(api.get("/api/v1/me", ana.accessToken()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.login(ana.email(), ApiClient.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> changePassword(String current, String next) {
        return api.post(
                "/api/v1/me/password", ana.accessToken(), Map.of("currentPassword", current, "newPassword", next));
    }

    private long auditCount(String type, UUID subject) {
        return jdbc.queryForObject(
                "select count(*) from audit_events where type = ? and subject_id = ?", Long.class, type, subject);
    }

    private long rows(String table, String column, UUID id) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, id);
    }
}
