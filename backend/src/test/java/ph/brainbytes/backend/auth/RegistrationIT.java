package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The sign-up contract with consent under RA 10173, on the real database. */
class RegistrationIT extends PostgresIntegrationTest {

    private static final int MINOR = Year.now().getValue() - 13;

    @Test
    void withoutConsentNothingIsStored() {
        String email = ApiClient.uniqueEmail("no-consent");
        Map<String, Object> refused = ApiClient.registration(email);
        refused.put("consent", Map.of("accepted", false));
        Map<String, Object> missing = ApiClient.registration(email);
        missing.remove("consent");
        missing.remove("birthYear");

        ResponseEntity<JsonNode> notAccepted = api.register(refused);
        ResponseEntity<JsonNode> absent = api.register(missing);

        assertThat(notAccepted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notAccepted.getBody().path("errors").has("consent.accepted")).isTrue();
        assertThat(absent.getBody().path("errors").has("consent")).isTrue();
        assertThat(absent.getBody().path("errors").has("birthYear")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Long.class, email))
                .isZero();
    }

    @Test
    void aMinorNeedsAGuardianWhoseDetailsAreKeptWithTheConsent() {
        String email = ApiClient.uniqueEmail("minor");
        Map<String, Object> body = ApiClient.registration(email);
        body.put("birthYear", MINOR);

        ResponseEntity<JsonNode> alone = api.register(body);
        assertThat(alone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(alone.getBody().path("errors").has("consent.guardianName")).isTrue();
        assertThat(alone.getBody().path("errors").has("consent.guardianEmail")).isTrue();

        body.put(
                "consent", Map.of("accepted", true, "guardianName", "Rosa Santos", "guardianEmail", "rosa@example.ph"));
        ResponseEntity<JsonNode> created = api.register(body);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID id = UUID.fromString(created.getBody().path("id").asString());
        Map<String, Object> consent = jdbc.queryForMap(
                "select notice_version, guardian_name, guardian_email, accepted_at from consents where user_id = ?",
                id);
        assertThat(consent.get("notice_version")).isEqualTo("2026-11");
        assertThat(consent.get("guardian_name")).isEqualTo("Rosa Santos");
        assertThat(consent.get("guardian_email")).isEqualTo("rosa@example.ph");
        assertThat(consent.get("accepted_at")).isNotNull();
        assertThat(jdbc.queryForObject("select birth_year from users where id = ?", Integer.class, id))
                .isEqualTo(MINOR);
    }

    @Test
    void aBreachedPasswordIsRefusedAtSignUp() {
        Map<String, Object> body = ApiClient.registration(ApiClient.uniqueEmail("weak"));
        body.put("password", "Basketball");

        ResponseEntity<JsonNode> refused = api.register(body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").path("password").asString()).contains("too common");
    }
}
