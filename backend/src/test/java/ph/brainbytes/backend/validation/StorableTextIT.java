package ph.brainbytes.backend.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

/** One rule refuses unstorable text wherever it arrives, with a 400 that names the field in the reader's language. */
class StorableTextIT extends PostgresIntegrationTest {

    private static final String VALIDATION = "https://brainbytes.ph/problems/validation";

    @Test
    void aControlCharacterInAnyJsonFieldIsA400NamingItInTheRequestedLanguage() {
        String token = api.newStudent("en").path("accessToken").asString();

        ResponseEntity<JsonNode> english = api.post("/api/v1/conversations", token, Map.of("title", "bell \u0007"));
        ResponseEntity<JsonNode> filipino = api.post(
                "/api/v1/conversations", token, Map.of("title", "bell \u0007"), Map.of("Accept-Language", "fil"));

        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(english.getBody().path("type").asString()).isEqualTo(VALIDATION);
        assertThat(english.getBody().path("errors").path("title").asString())
                .isEqualTo("must not contain control characters or broken Unicode");
        assertThat(filipino.getBody().path("errors").path("title").asString())
                .isEqualTo("hindi dapat maglaman ng control character o sirang Unicode");
    }

    @Test
    void aNulOrAHalfSurrogateIsRefusedBeforeAnythingIsStored() {
        String token = api.newStudent("fil").path("accessToken").asString();
        String conversation = api.post("/api/v1/conversations", token, Map.of())
                .getBody()
                .path("id")
                .asString();
        String messages = "/api/v1/conversations/" + conversation + "/messages";

        ResponseEntity<JsonNode> nul = api.post(messages, token, Map.of("text", "1 + 1\u0000"));
        ResponseEntity<JsonNode> halfPair =
                api.send(HttpMethod.POST, messages, token, "{\"text\": \"half \\ud83d pair\"}");

        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nul.getBody().path("errors").has("text")).isTrue();
        assertThat(halfPair.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(halfPair.getBody().path("errors").has("text")).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from messages where conversation_id = ?::uuid", Long.class, conversation))
                .isZero();
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        Map<String, Object> body = ApiClient.registration(ApiClient.uniqueEmail("nested"));
        body.put("consent", Map.of("accepted", true, "guardianName", "Nanay\u0000"));

        ResponseEntity<JsonNode> refused = api.register(body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").has("consent.guardianName")).isTrue();
    }

    @Test
    void aQueryParameterFollowsTheSameRuleAndOrdinaryTextPasses() {
        String token = api.newStudent("en").path("accessToken").asString();

        ResponseEntity<JsonNode> refused = api.get("/api/v1/conversations", token, "q", "escape \u001b");
        ResponseEntity<JsonNode> created =
                api.post("/api/v1/conversations", token, Map.of("title", "Ñino, paano?\n\tSalamat 😀"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").path("q").asString())
                .isEqualTo("must not contain control characters or broken Unicode");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("title").asString()).isEqualTo("Ñino, paano?\n\tSalamat 😀");
    }
}
