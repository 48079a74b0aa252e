package ph.brainbytes.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The default profile: an H2 file database under the data directory, migrated by Flyway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDatabaseIT {

    private static final Path DATA_DIR =
            Path.of("target", "embedded-it-" + UUID.randomUUID()).toAbsolutePath();

    @LocalServerPort
    private int port;

    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.data-dir", DATA_DIR::toString);
        registry.add("management.server.port", () -> "0");
        registry.add("brainbytes.security.jwt-secret", () -> "test-only-jwt-secret-0123456789abcdef");
        registry.add("brainbytes.service-token.secret", () -> FakeAiService.SECRET);
    }

    @Test
    void migratesTheFileDatabaseAndServesTheApi() {
        ApiClient api = new ApiClient(port);
        String token = api.newStudent("en").path("accessToken").asString();

        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
        assertThat(api.post("/api/v1/conversations", token, Map.of("title", "Fractions"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.get("/api/v1/conversations", token)
                        .getBody()
                        .path("items")
                        .size())
                .isEqualTo(1);
        assertThat(Files.exists(DATA_DIR.resolve("db/brainbytes.mv.db"))).isTrue();
    }

    @Test
    void publishesTheApiDescriptionWithoutSignIn() {
        ResponseEntity<JsonNode> docs = new ApiClient(port).get("/api/docs/openapi.json", null);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody().path("paths").has("/api/v1/conversations/{id}/messages"))
                .isTrue();
        assertThat(docs.getBody().path("paths").has("/api/v1/auth/register")).isTrue();
        assertThat(new ApiClient(port).status(HttpMethod.GET, "/api/swagger-ui/index.html", null, null))
                .isEqualTo(HttpStatus.OK);
    }
}
