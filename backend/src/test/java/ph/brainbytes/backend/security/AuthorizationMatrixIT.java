package ph.brainbytes.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.FeatureIntegrationTest;
import ph.brainbytes.backend.user.TestImages;

/**
 * Every endpoint × every kind of caller, from {@code security/authorization-matrix.csv}: a new endpoint is one row
 * there, and a missing row fails the build. All mismatches are reported together, so one run shows the whole picture.
 */
class AuthorizationMatrixIT extends FeatureIntegrationTest {

    static final String TABLE = "security/authorization-matrix.csv";

    static final List<String> ACTORS =
            List.of("anonymous", "owner", "other_student", "teacher", "other_teacher", "admin");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyActorGetsExactlyTheExpectedStatusFromEveryEndpoint() throws IOException {
        List<Row> rows = rows();
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
                "Authorization matrix: %d rows x %d actors = %d cells, %d mismatches%n",
                rows.size(), ACTORS.size(), rows.size() * ACTORS.size(), mismatches.size());
        assertThat(mismatches).isEmpty();
    }

    /** Matched the way Spring MVC matches requests, so a row cannot claim an endpoint it would not reach. */
    @Test
    void theTableNamesExactlyTheEndpointsTheApplicationHas() throws IOException {
        ApiEndpoints endpoints = new ApiEndpoints(mappings);
        Set<String> covered = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (Row row : rows()) {
            Optional<String> endpoint = endpoints.serving(row.method, row.samplePath(), row.contentType());
            endpoint.ifPresentOrElse(covered::add, () -> unknown.add(row.method + " " + row.path));
        }
        Set<String> missing = new TreeSet<>(endpoints.api(handler -> true));
        missing.removeAll(covered);

        System.out.printf(
                "Authorization matrix covers %d endpoints; %d rows name none%n", covered.size(), unknown.size());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as("endpoints without a row in " + TABLE).isEmpty();
            softly.assertThat(unknown)
                    .as("rows of " + TABLE + " no endpoint serves")
                    .isEmpty();
        });
    }

    private static List<Row> rows() throws IOException {
        return TableRow.read(TABLE).stream().map(Row::new).toList();
    }

    private static final class Row {
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

        /** The path without its query, any id in place of the placeholders. */
        String samplePath() {
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            return bare.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        MediaType contentType() {
            if (body.isEmpty()) {
                return null;
            }
            return body.startsWith("@") ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_JSON;
        }
    }

    /** One set of signed-in actors; each call gets a class, conversation, answer and material of its own. */
    private final class Cast {
        final Map<String, Actor> actors = new LinkedHashMap<>();

        Cast() {
            actors.put("owner", Actors.signUp(api, jdbc, "STUDENT"));
            actors.put("other_student", Actors.signUp(api, jdbc, "STUDENT"));
            actors.put("teacher", Actors.signUp(api, jdbc, "TEACHER"));
            actors.put("other_teacher", Actors.signUp(api, jdbc, "TEACHER"));
            actors.put("admin", Actors.signUp(api, jdbc, "ADMIN"));
        }

        int call(Row row, String actorName) {
            Actor owner = actors.get("owner");
            Actor me = actors.getOrDefault(actorName, owner);
            String token = "anonymous".equals(actorName) ? null : me.accessToken();
            Classroom classroom = new Classroom(api, owner, actors.get("teacher"));
            String path = fill(row.path, classroom, me);
            return switch (row.body) {
                case "@png" ->
                    api.upload(path, token, "me.png", TestImages.encoded("png", 300, 200))
                            .getStatusCode()
                            .value();
                case "@upload" ->
                    api.upload(path, token, Classroom.MATERIAL_FIELDS, "tubig.txt", Classroom.MATERIAL_TEXT)
                            .getStatusCode()
                            .value();
                case "" -> api.status(row.method, path, token, null).value();
                default ->
                    api.status(row.method, path, token, bytes(fill(row.body, classroom, me)))
                            .value();
            };
        }

        private String fill(String template, Classroom classroom, Actor me) {
            String filled = template.replace(
                            "{owner.id}", actors.get("owner").id().toString())
                    .replace("{me.email}", me.email())
                    .replace("{me.refresh}", me.refreshToken())
                    .replace("{unique.email}", ApiClient.uniqueEmail("matrix"))
                    .replace("{password}", ApiClient.PASSWORD);
            // Made only when needed: a class is two calls, an answer a tutor call, a material an upload.
            if (filled.contains("{class}")) {
                filled = filled.replace("{class}", classroom.classId());
            }
            if (filled.contains("{code}")) {
                filled = filled.replace("{code}", classroom.joinCode());
            }
            if (filled.contains("{answer}")) {
                filled = filled.replace("{answer}", classroom.answer());
            }
            if (filled.contains("{conversation}")) {
                filled = filled.replace("{conversation}", classroom.conversation());
            }
            if (filled.contains("{material}")) {
                filled = filled.replace("{material}", classroom.material());
            }
            return filled;
        }
    }

    /** The body goes out byte for byte as written in the table. */
    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
