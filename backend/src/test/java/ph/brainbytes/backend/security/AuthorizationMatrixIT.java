package ph.brainbytes.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import ph.brainbytes.backend.user.TestImages;

/**
 * Every endpoint × every kind of caller, from {@code security/authorization-matrix.csv}: a new endpoint is one row
 * there. All mismatches are reported together, so one run shows the whole picture.
 */
class AuthorizationMatrixIT extends PostgresIntegrationTest {

    static final List<String> ACTORS =
            List.of("anonymous", "owner", "other_student", "teacher", "other_teacher", "admin");

    /** Nothing listens there: tutor calls fail fast and the stored stand-in answers. */
    @DynamicPropertySource
    static void noTutor(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.ai-service.url", () -> "http://127.0.0.1:9");
        registry.add("brainbytes.ai-service.timeout", () -> "1s");
    }

    @Test
    void everyActorGetsExactlyTheExpectedStatusFromEveryEndpoint() throws IOException {
        List<Row> rows = TableRow.read("security/authorization-matrix.csv").stream()
                .map(Row::new)
                .toList();
        Cast shared = new Cast();
        List<String> mismatches = new ArrayList<>();

        for (Row row : rows) {
            for (int i = 0; i < ACTORS.size(); i++) {
                Cast cast = row.fresh ? new Cast() : shared;
                String actor = ACTORS.get(i);
                int status = cast.call(row, actor);
                if (status != row.expected.get(i)) {
                    mismatches.add("%s %s as %s: expected %d, got %d"
                            .formatted(row.method, row.path, actor, row.expected.get(i), status));
                }
            }
        }

        System.out.printf(
                "Authorization matrix: %d endpoints x %d actors = %d cells, %d mismatches%n",
                rows.size(), ACTORS.size(), rows.size() * ACTORS.size(), mismatches.size());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
        assertThat(mismatches).isEmpty();
    }

    private final class Row {
        final HttpMethod method;
        final String path;
        final String body;
        final boolean fresh;
        final List<Integer> expected;

        Row(TableRow row) {
            method = HttpMethod.valueOf(row.get("method"));
            path = row.get("path");
            body = row.get("body");
            fresh = "yes".equals(row.get("fresh"));
            expected = ACTORS.stream()
                    .map(actor -> Integer.parseInt(row.get(actor)))
                    .toList();
        }
    }

    /** One set of signed-in actors and the owner's data. */
    private final class Cast {
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final UUID ownerConversation;

        Cast() {
            actors.put("owner", Actors.signUp(api, jdbc, "STUDENT"));
            actors.put("other_student", Actors.signUp(api, jdbc, "STUDENT"));
            actors.put("teacher", Actors.signUp(api, jdbc, "TEACHER"));
            actors.put("other_teacher", Actors.signUp(api, jdbc, "TEACHER"));
            actors.put("admin", Actors.signUp(api, jdbc, "ADMIN"));
            ownerConversation = UUID.fromString(
                    api.post("/api/v1/conversations", actors.get("owner").accessToken(), Map.of("title", "Mine"))
                            .getBody()
                            .path("id")
                            .asString());
        }

        int call(Row row, String actorName) {
            Actor owner = actors.get("owner");
            Actor me = actors.getOrDefault(actorName, owner);
            String token = "anonymous".equals(actorName) ? null : me.accessToken();
            String path = fill(row.path, owner, me);
            if ("@png".equals(row.body)) {
                return api.upload(path, token, "me.png", TestImages.encoded("png", 300, 200))
                        .getStatusCode()
                        .value();
            }
            String body = row.body.isEmpty() ? null : fill(row.body, owner, me);
            return api.status(row.method, path, token, body == null ? null : rawJson(body))
                    .value();
        }

        private String fill(String template, Actor owner, Actor me) {
            return template.replace("{owner.id}", owner.id().toString())
                    .replace("{owner.conversation}", ownerConversation.toString())
                    .replace("{me.email}", me.email())
                    .replace("{me.refresh}", me.refreshToken())
                    .replace("{unique.email}", ApiClient.uniqueEmail("matrix"))
                    .replace("{password}", ApiClient.PASSWORD);
        }
    }

    /** The body goes out byte for byte as written in the table. */
    private static byte[] rawJson(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
