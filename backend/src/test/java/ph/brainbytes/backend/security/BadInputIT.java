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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.PostgresIntegrationTest;
import ph.brainbytes.backend.user.TestImages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed JSON, wrong types, huge bodies, very long strings, odd Unicode, SQL and regex metacharacters and path
 * tricks at every endpoint of {@code security/bad-input.csv}: each must answer 4xx (never 5xx) and change nothing.
 */
class BadInputIT extends PostgresIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every value of a kind is invalid for fields of that kind. */
    private static final Map<String, List<Object>> KINDS = Map.ofEntries(
            Map.entry(
                    "email",
                    List.of(
                            "' OR '1'='1",
                            "a.*b+(",
                            "🌻",
                            "x".repeat(300) + "@example.ph",
                            "ana\u0000@example.ph",
                            List.of(),
                            Map.of())),
            Map.entry(
                    "newpassword",
                    List.of("1234567", "x".repeat(200), "PASSWORD", "e\u0301e\u0301e\u0301", List.of(), Map.of())),
            Map.entry("secret", List.of("' OR 1=1 --", ".*", "\u202Eevil", "x".repeat(2000), List.of(), Map.of())),
            Map.entry(
                    "name",
                    List.of(
                            "",
                            "   ",
                            "Ana\u202Egnp.exe",
                            "🌻\u200F",
                            "e\u0301\u0000",
                            "x".repeat(100_000),
                            List.of(),
                            Map.of())),
            Map.entry("freetext", List.of("x".repeat(100_000), "\u0000", List.of(), Map.of())),
            Map.entry(
                    "enum",
                    List.of("' OR 1=1--", ".*", "(a+)+$", "🌻", "en\u202E", "x".repeat(5000), List.of(), Map.of())),
            Map.entry("int", List.of("seven", "1; DROP TABLE users", 99_999_999_999L, -5, List.of(), Map.of())),
            Map.entry("bool", List.of("yes", List.of(), Map.of(), false)),
            Map.entry("object", List.of("yes", List.of(), 42)),
            Map.entry("token", List.of("' OR 1=1--", ".*", "x".repeat(2000), "..%2F..%2F", List.of(), Map.of())),
            Map.entry("tokenshape", List.of("x".repeat(2000), "", List.of(), Map.of())));

    private static final Map<String, List<String>> QUERY_KINDS = Map.of(
            "long254", List.of("x".repeat(300)),
            "enum", List.of("%27%20OR%201%3D1--", ".*", "%F0%9F%8C%BB", "GOD"),
            "page", List.of("-1", "abc", "99999999999", "1e9"),
            "token", List.of("%27%20OR%201%3D1--", "%5B%5D", "x".repeat(300)));

    private static final List<String> PATH_TRICKS = List.of(
            "not-a-uuid",
            "%27%20OR%20%271%27%3D%271",
            "..%2F..%2Fadmin",
            "%00",
            "..;",
            "%2e%2e",
            "%F0%9F%8C%BB",
            "00000000-0000-0000-0000-000000000000%0A");

    private static final List<byte[]> MALFORMED = List.of(
            bytes("{\"email\": "),
            bytes("not json at all"),
            bytes("{\"a\": 1}}"),
            bytes("[]"),
            bytes("\"text\""),
            bytes("42"));

    @DynamicPropertySource
    static void noTutor(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.ai-service.url", () -> "http://127.0.0.1:9");
        registry.add("brainbytes.ai-service.timeout", () -> "1s");
    }

    @Test
    void everyHostileRequestIsRefusedWithA4xxAndChangesNothing() throws IOException {
        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("owner", Actors.signUp(api, jdbc, "STUDENT"));
        actors.put("admin", Actors.signUp(api, jdbc, "ADMIN"));
        Actor owner = actors.get("owner");
        UUID conversation = UUID.fromString(api.post("/api/v1/conversations", owner.accessToken(), Map.of())
                .getBody()
                .path("id")
                .asString());
        Map<String, Long> before = counts();
        String profileBefore =
                api.get("/api/v1/me", owner.accessToken()).getBody().toString();
        List<String> failures = new ArrayList<>();
        int cases = 0;

        for (TableRow row : TableRow.read("security/bad-input.csv")) {
            HttpMethod method = HttpMethod.valueOf(row.get("method"));
            Actor actor = actors.get(row.get("actor"));
            String token = actor == null ? null : actor.accessToken();
            String target = switch (row.get("target")) {
                case "owner.id" -> owner.id().toString();
                case "owner.conversation" -> conversation.toString();
                default -> "";
            };
            String path = row.get("path").replace("{target}", target);
            String body = row.get("body");
            List<Case> rowCases = new ArrayList<>();

            if (!target.isEmpty()) {
                PATH_TRICKS.forEach(trick -> rowCases.add(
                        new Case("path " + trick, row.get("path").replace("{target}", trick), json(body, owner))));
            }
            if ("@multipart".equals(body)) {
                rowCases.addAll(avatarCases(path, token));
            } else if (!body.isEmpty()) {
                MALFORMED.forEach(raw ->
                        rowCases.add(new Case("malformed " + new String(raw, StandardCharsets.UTF_8), path, raw)));
                rowCases.add(new Case("huge body", path, huge(body, owner, firstField(row))));
                for (String field : fields(row.get("fields"))) {
                    String[] nameAndKind = field.split(":");
                    for (Object value : KINDS.get(nameAndKind[1])) {
                        rowCases.add(new Case(
                                nameAndKind[0] + "=" + shorten(value),
                                path,
                                withField(body, owner, nameAndKind[0], value)));
                    }
                }
            }
            for (String param : fields(row.get("query"))) {
                String[] nameAndKind = param.split(":");
                for (String value : QUERY_KINDS.get(nameAndKind[1])) {
                    rowCases.add(new Case(
                            nameAndKind[0] + "=" + shorten(value), path + "?" + nameAndKind[0] + "=" + value, null));
                }
            }
            for (Case attempt : rowCases) {
                cases++;
                int status = attempt.send(method, token);
                if (status < 400 || status >= 500) {
                    failures.add("%s %s [%s]: %d".formatted(method, path, attempt.name(), status));
                }
            }
        }

        System.out.printf("Bad input: %d cases, %d answered other than 4xx%n", cases, failures.size());
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(300);
        assertThat(counts()).isEqualTo(before);
        assertThat(api.get("/api/v1/me", owner.accessToken()).getBody().toString())
                .isEqualTo(profileBefore);
        assertThat(api.login(owner.email(), ApiClient.PASSWORD).getStatusCode().value())
                .as("the password is unchanged (or sign-in is only paused by the wrong guesses)")
                .isIn(200, 429);
    }

    private List<Case> avatarCases(String path, String token) {
        byte[] png = TestImages.encoded("png", 64, 64);
        byte[] oversized = new byte[2_500_000];
        System.arraycopy(png, 0, oversized, 0, png.length);
        return List.of(
                new UploadCase("text named .png", path, "cat.png", bytes("<svg onload=alert(1)>")),
                new UploadCase("truncated png", path, "half.png", java.util.Arrays.copyOf(png, png.length / 2)),
                new UploadCase("empty file", path, "empty.png", new byte[0]),
                new UploadCase("over 2 MB", path, "big.png", oversized),
                new UploadCase("path trick name", path, "../../etc/passwd.png", bytes("root:x:0:0")),
                new Case("json instead of multipart", path, bytes("{\"file\": \"x\"}")));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("users", "consents", "conversations", "messages", "invites", "avatars")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static List<String> fields(String list) {
        return list.isBlank() ? List.of() : List.of(list.split(","));
    }

    private static String firstField(TableRow row) {
        return fields(row.get("fields")).get(0).split(":")[0];
    }

    private static byte[] json(String template, Actor owner) {
        return template.isEmpty() || template.startsWith("@") ? null : bytes(fill(template, owner));
    }

    private static String fill(String template, Actor owner) {
        return template.replace("{unique.email}", ApiClient.uniqueEmail("bad"))
                .replace("{owner.email}", owner.email())
                .replace("{password}", ApiClient.PASSWORD);
    }

    private static byte[] withField(String template, Actor owner, String dotted, Object value) {
        ObjectNode root = (ObjectNode) JSON.readTree(fill(template, owner));
        String[] names = dotted.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        parent.set(names[names.length - 1], JSON.valueToTree(value));
        return JSON.writeValueAsBytes(root);
    }

    /** A 3 MB string in the first field: past every size limit, yet the body is valid JSON. */
    private static byte[] huge(String template, Actor owner, String field) {
        return withField(template, owner, field, "x".repeat(3_000_000));
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private class Case {
        private final String name;
        final String path;
        private final byte[] body;

        Case(String name, String path, byte[] body) {
            this.name = name;
            this.path = path;
            this.body = body;
        }

        String name() {
            return name;
        }

        int send(HttpMethod method, String token) {
            ResponseEntity<String> answer = api.sendRaw(method, path, token, MediaType.APPLICATION_JSON, body);
            return answer.getStatusCode().value();
        }
    }

    private final class UploadCase extends Case {
        private final String filename;
        private final byte[] content;

        UploadCase(String name, String path, String filename, byte[] content) {
            super(name, path, null);
            this.filename = filename;
            this.content = content;
        }

        @Override
        int send(HttpMethod method, String token) {
            ResponseEntity<JsonNode> answer = api.upload(path, token, filename, content);
            return answer.getStatusCode().value();
        }
    }
}
