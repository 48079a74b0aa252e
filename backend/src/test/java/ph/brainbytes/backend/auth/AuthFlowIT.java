package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

class AuthFlowIT extends PostgresIntegrationTest {

    private static final String PASSWORD = ApiClient.PASSWORD;

    @Autowired
    private MeterRegistry meters;

    @Test
    void registersOnceSignsInAndRefusesWrongPasswordsAlike() {
        String email = "Maria." + UUID.randomUUID() + "@Example.PH";
        double registrations = count("brainbytes.auth.registrations", "role", "student");
        double failures = count("brainbytes.auth.logins", "outcome", "failure");

        ResponseEntity<JsonNode> registered = register(email);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(registered.getBody().path("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(registered.getBody().path("role").asString()).isEqualTo("STUDENT");

        ResponseEntity<JsonNode> again = register(email.toUpperCase());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("type").asString()).isEqualTo("https://brainbytes.ph/problems/email-taken");

        ResponseEntity<JsonNode> login = api.login(email, PASSWORD);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.getBody().path("expiresIn").asInt()).isEqualTo(900);

        ResponseEntity<JsonNode> wrong = api.login(email, "not the password");
        ResponseEntity<JsonNode> unknown = api.login("nobody-" + UUID.randomUUID() + "@example.ph", PASSWORD);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getBody().path("type")).isEqualTo(wrong.getBody().path("type"));
        assertThat(unknown.getBody().path("detail")).isEqualTo(wrong.getBody().path("detail"));
        assertThat(count("brainbytes.auth.registrations", "role", "student")).isEqualTo(registrations + 1);
        assertThat(count("brainbytes.auth.logins", "outcome", "failure")).isEqualTo(failures + 2);
    }

    private double count(String name, String... tags) {
        return meters.counter(name, tags).count();
    }

    @Test
    void afterFiveWrongPasswordsSignInPausesEvenWithTheRightOne() {
        String email = "guessed-" + UUID.randomUUID() + "@example.ph";
        register(email);
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(email, "guess number " + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> paused = api.login(email, PASSWORD);

        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(paused.getBody().path("type").asString())
                .isEqualTo("https://brainbytes.ph/problems/too-many-requests");
        assertThat(Long.parseLong(paused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void aReusedRefreshTokenEndsTheWholeLogin() {
        JsonNode tokens = api.newStudent("en");
        String first = tokens.path("refreshToken").asString();

        ResponseEntity<JsonNode> rotated = refresh(first);
        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
        String second = rotated.getBody().path("refreshToken").asString();
        assertThat(api.get("/api/v1/me", rotated.getBody().path("accessToken").asString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(refresh(first).getStatusCode()).as("replayed").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refresh(second).getStatusCode()).as("family revoked").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void logoutEndsTheLogin() {
        String refreshToken = api.newStudent("en").path("refreshToken").asString();

        ResponseEntity<JsonNode> logout = api.post("/api/v1/auth/logout", null, Map.of("refreshToken", refreshToken));

        assertThat(logout.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(refresh(refreshToken).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> register(String email) {
        Map<String, Object> body = ApiClient.registration(email);
        body.put("displayName", "Maria");
        body.put("preferredLanguage", "fil");
        return api.register(body);
    }

    private ResponseEntity<JsonNode> refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
    }
}
