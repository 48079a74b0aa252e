package ph.brainbytes.backend.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.Actors.Actor;
import ph.brainbytes.backend.ApiClient;
import ph.brainbytes.backend.FeatureIntegrationTest;
import ph.brainbytes.backend.user.TestImages;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed JSON, wrong types, huge bodies, very long strings, odd Unicode, SQL and regex metacharacters, path tricks
 * and broken uploads at every endpoint of {@code security/bad-input.csv}: each must answer a 4xx problem (never a
 * 5xx) and change nothing that is stored.
 */
class BadInputIT extends FeatureIntegrationTest {

    static final String TABLE = "security/bad-input.csv";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Unpaired UTF-16 halves can only be written as JSON escapes: no encoder produces them. */
    private static final String LONE_HIGH = "\"half \\ud800 pair\"";

    private static final String LONE_LOW = "\"\\udc00 first\"";
    private static final String NUL = "\"bad \\u0000 text\"";
    private static final String HUGE_TEXT = quote("x".repeat(300_000));
    private static final String HUGE_NUMBER = "1".repeat(5000);

    /** JSON values, each invalid for every field of its kind. */
    private static final Map<String, List<String>> KINDS = Map.ofEntries(
            Map.entry(
                    "email",
                    List.of(
                            quote("' OR '1'='1"),
                            quote("a.*b+("),
                            quote("🌻"),
                            quote("x".repeat(300) + "@example.ph"),
                            quote("ana\u202E@example.ph"),
                            NUL,
                            LONE_HIGH,
                            "[]",
                            "{}")),
            Map.entry(
                    "newpassword",
                    List.of(
                            quote("1234567"),
                            quote("x".repeat(200)),
                            quote("PASSWORD"),
                            quote("e\u0301e\u0301e\u0301"),
                            NUL,
                            LONE_HIGH,
                            "[]",
                            "{}",
                            "null")),
            Map.entry(
                    "secret",
                    List.of(
                            quote("' OR 1=1 --"),
                            quote(".*"),
                            quote("\u202Eevil"),
                            quote("x".repeat(2000)),
                            NUL,
                            LONE_HIGH,
                            "[]",
                            "{}",
                            "null")),
            Map.entry(
                    "plainname",
                    List.of(
                            quote(""),
                            quote("   "),
                            quote("Ana\u202Egnp.exe"),
                            quote("🌻\u200F"),
                            quote("e\u0301\u0000"),
                            LONE_HIGH,
                            quote("x".repeat(100_000)),
                            "[]",
                            "{}")),
            Map.entry("text", List.of(quote(""), quote("   "), NUL, LONE_HIGH, LONE_LOW, HUGE_TEXT, "[]", "{}")),
            Map.entry("optionaltext", List.of(NUL, LONE_HIGH, LONE_LOW, HUGE_TEXT, "[]", "{}")),
            Map.entry(
                    "enum",
                    List.of(
                            quote("' OR 1=1--"),
                            quote(".*"),
                            quote("(a+)+$"),
                            quote("🌻"),
                            quote("en\u202E"),
                            quote("x".repeat(5000)),
                            NUL,
                            LONE_HIGH,
                            "[]",
                            "{}")),
            Map.entry(
                    "int",
                    List.of(
                            quote("seven"),
                            quote("1; DROP TABLE users"),
                            "99999999999",
                            "-5",
                            "0",
                            "1e99",
                            HUGE_NUMBER,
                            "[]",
                            "{}")),
            Map.entry("bool", List.of(quote("yes"), "[]", "{}", "null")),
            Map.entry("accept", List.of("false", quote("yes"), "[]", "{}", "null")),
            Map.entry("object", List.of(quote("yes"), "[]", "42", "null")),
            Map.entry(
                    "token",
                    List.of(
                            quote("' OR 1=1--"),
                            quote(".*"),
                            quote("x".repeat(2000)),
                            quote("..%2F..%2F"),
                            NUL,
                            LONE_HIGH,
                            "[]",
                            "{}")),
            Map.entry("tokenshape", List.of(quote("x".repeat(2000)), quote(""), quote("   "), NUL, "[]", "{}", "null")),
            Map.entry(
                    "joincode",
                    List.of(
                            quote("%"),
                            quote("_"),
                            quote(".*"),
                            quote("' OR '1'='1"),
                            quote("ABCD\u202EEFGH"),
                            quote("😀😀"),
                            quote(""),
                            quote("x".repeat(5000)),
                            NUL,
                            LONE_HIGH,
                            "[]",
                            "{}",
                            "null")));

    /**
     * Query values as they go on the wire (already percent-encoded), each invalid for its kind. (Not {@code %00} for
     * an enum: Spring's conversion trims control characters, so it means the same as an empty value, "no filter".)
     */
    private static final Map<String, List<String>> QUERY_KINDS = Map.of(
            "search254", List.of("x".repeat(300), "%00", "a%00b"),
            "search120", List.of("q".repeat(121), "%00", "a%00b"),
            "enum", List.of("%27%20OR%201%3D1--", ".*", "%F0%9F%8C%BB", "GOD", "%E2%80%AE", "(a%2B)%2B%24"),
            "page", List.of("-1", "abc", "99999999999", "1e9", "1.5", "%00"),
            "int", List.of("0", "seven", "99", "1e9", "%00"),
            "cursor",
                    List.of(
                            "%27%20OR%201%3D1--",
                            "%5B%5D", "x".repeat(300), "not-a-cursor", "bXxub3R8YXx1dWlk", "%00", "..%2F..%2Fetc"));

    private static final Map<String, List<String>> HEADER_KINDS = Map.of("key", List.of("", "k".repeat(101)));

    /**
     * Paths Tomcat refuses itself, before the application sees them (an encoded slash, NUL or invalid UTF-8): its 400
     * is an HTML page, not a problem.
     */
    private static final Set<String> REFUSED_BY_TOMCAT = Set.of("..%2F..%2Fadmin", "%00", "%ED%A0%80");

    /** Stand-ins for a path variable, as they go on the wire. */
    private static final List<String> PATH_TRICKS = List.of(
            "not-a-uuid",
            UUID.randomUUID().toString(),
            "00000000-0000-0000-0000-000000000000",
            "%27%20OR%20%271%27%3D%271",
            "..%2F..%2Fadmin",
            "%2e%2e",
            "..;",
            "%00",
            "%E2%80%AE" + UUID.randomUUID(),
            "%ED%A0%80",
            "%F0%9F%8C%BB",
            ".*",
            "x".repeat(3000),
            "00000000-0000-0000-0000-000000000000%0A");

    /** Bodies no JSON reader should accept. */
    private static final Map<String, byte[]> MALFORMED = Map.of(
            "truncated", bytes("{\"a\": "),
            "not json", bytes("not json at all"),
            "trailing brace", bytes("{\"a\": 1}}"),
            "array", bytes("[]"),
            "string", bytes("\"text\""),
            "number", bytes("42"),
            "deep nesting", bytes("[".repeat(100_000)),
            "invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Actor owner;
    private Map<String, Actor> actors;
    private Classroom classroom;

    @Test
    void everyHostileRequestIsRefusedWithA4xxProblemAndChangesNothing() throws IOException {
        owner = Actors.signUp(api, jdbc, "STUDENT");
        Actor teacher = Actors.signUp(api, jdbc, "TEACHER");
        actors = Map.of("owner", owner, "teacher", teacher, "admin", Actors.signUp(api, jdbc, "ADMIN"));
        classroom = new Classroom(api, owner, teacher);
        classroom.classId();
        classroom.answer();
        classroom.material();
        Map<String, String> before = snapshot();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perEndpoint = new LinkedHashMap<>();

        for (TableRow row : TableRow.read(TABLE)) {
            List<Case> cases = cases(row);
            perEndpoint.merge(
                    row.get("method") + " " + row.get("path") + " " + kindOf(row), cases.size(), Integer::sum);
            for (Case attempt : cases) {
                ResponseEntity<?> answer = attempt.call().get();
                int status = answer.getStatusCode().value();
                MediaType type = answer.getHeaders().getContentType();
                boolean problem = type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
                if (status < 400 || status >= 500 || !problem && status != attempt.plainStatus()) {
                    failures.add("%s %s [%s]: %d %s"
                            .formatted(row.get("method"), row.get("path"), attempt.name(), status, type));
                }
            }
        }

        int total = perEndpoint.values().stream().mapToInt(Integer::intValue).sum();
        perEndpoint.forEach((endpoint, count) -> System.out.printf("Bad input: %4d cases  %s%n", count, endpoint));
        System.out.printf(
                "Bad input: %d cases over %d endpoints, %d answered other than a 4xx problem%n",
                total, perEndpoint.size(), failures.size());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(failures)
                    .as("requests not refused with a 4xx problem")
                    .isEmpty();
            softly.assertThat(snapshot()).as("stored data").isEqualTo(before);
        });
    }

    @Test
    void everyEndpointThatTakesInputHasARowAndEveryRowAnEndpoint() throws IOException {
        ApiEndpoints endpoints = new ApiEndpoints(mappings);
        Set<String> covered = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (TableRow row : TableRow.read(TABLE)) {
            String path =
                    row.get("path").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            MediaType type = switch (kindOf(row)) {
                case "multipart" -> MediaType.MULTIPART_FORM_DATA;
                case "json" -> MediaType.APPLICATION_JSON;
                default -> null;
            };
            endpoints
                    .serving(HttpMethod.valueOf(row.get("method")), path, type)
                    .ifPresentOrElse(covered::add, () -> unknown.add(row.get("method") + " " + row.get("path")));
        }
        Set<String> missing = new TreeSet<>(endpoints.api(ApiEndpoints::takesInput));
        missing.removeAll(covered);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing)
                    .as("endpoints taking input without a row in " + TABLE)
                    .isEmpty();
            softly.assertThat(unknown)
                    .as("rows of " + TABLE + " no endpoint serves")
                    .isEmpty();
        });
    }

    private List<Case> cases(TableRow row) {
        HttpMethod method = HttpMethod.valueOf(row.get("method"));
        Actor actor = actors.get(row.get("actor"));
        String token = actor == null ? null : actor.accessToken();
        String template = row.get("path");
        String path = fillPath(template, Map.of());
        String body = row.get("body");
        List<Case> cases = new ArrayList<>();

        for (String variable : variables(template)) {
            for (String trick : PATH_TRICKS) {
                String tricked = fillPath(template, Map.of(variable, trick));
                byte[] validBody = body.isEmpty() || body.startsWith("@") ? null : bytes(fill(body));
                MediaType type = body.startsWith("@") ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_JSON;
                cases.add(new Case(
                        variable + "=" + shorten(trick),
                        REFUSED_BY_TOMCAT.contains(trick) ? 400 : 0,
                        () -> api.sendRaw(method, tricked, token, type, validBody)));
            }
        }
        switch (body) {
            case "@avatar" -> cases.addAll(avatarCases(path, token));
            case "@material" -> cases.addAll(materialCases(path, token));
            case "" -> {}
            default -> cases.addAll(jsonCases(row, method, path, token, body));
        }
        for (String[] param : pairs(row.get("query"))) {
            for (String value : QUERY_KINDS.get(param[1])) {
                String query = path + "?" + param[0] + "=" + value;
                cases.add(
                        new Case(param[0] + "=" + shorten(value), () -> api.sendRaw(method, query, token, null, null)));
            }
        }
        for (String[] header : pairs(row.get("header"))) {
            for (String value : HEADER_KINDS.get(header[1])) {
                byte[] validBody = bytes(fill(body));
                cases.add(new Case(
                        header[0] + ": " + shorten(value),
                        () -> api.post(path, token, validBody, Map.of(header[0], value))));
            }
        }
        return cases;
    }

    private List<Case> jsonCases(TableRow row, HttpMethod method, String path, String token, String body) {
        List<Case> cases = new ArrayList<>();
        MALFORMED.forEach((name, raw) -> cases.add(new Case(
                "malformed: " + name, () -> api.sendRaw(method, path, token, MediaType.APPLICATION_JSON, raw))));
        byte[] valid = bytes(fill(body));
        cases.add(new Case(
                "valid JSON as text/plain", () -> api.sendRaw(method, path, token, MediaType.TEXT_PLAIN, valid)));
        String first = pairs(row.get("fields")).get(0)[0];
        byte[] huge = withField(body, first, quote("x".repeat(3_000_000)));
        cases.add(new Case("3 MB body", () -> api.sendRaw(method, path, token, MediaType.APPLICATION_JSON, huge)));
        for (String[] field : pairs(row.get("fields"))) {
            for (String value : KINDS.get(field[1])) {
                byte[] json = withField(body, field[0], value);
                cases.add(new Case(
                        field[0] + "=" + shorten(value),
                        () -> api.sendRaw(method, path, token, MediaType.APPLICATION_JSON, json)));
            }
        }
        return cases;
    }

    private List<Case> avatarCases(String path, String token) {
        byte[] png = TestImages.encoded("png", 64, 64);
        byte[] oversized = Arrays.copyOf(png, 2_500_000);
        List<Case> cases = new ArrayList<>(List.of(
                new Case("text named .png", () -> api.upload(path, token, "cat.png", bytes("<svg onload=alert(1)>"))),
                new Case(
                        "truncated png", () -> api.upload(path, token, "half.png", Arrays.copyOf(png, png.length / 2))),
                new Case("empty file", () -> api.upload(path, token, "empty.png", new byte[0])),
                new Case("over 2 MB", () -> api.upload(path, token, "big.png", oversized)),
                new Case(
                        "path trick name",
                        () -> api.upload(path, token, "../../etc/passwd.png", bytes("root:x:0:0")))));
        cases.addAll(brokenMultipart(HttpMethod.PUT, path, token, "a.png", png));
        return cases;
    }

    private List<Case> materialCases(String path, String token) {
        byte[] text = Classroom.MATERIAL_TEXT;
        List<Case> cases = new ArrayList<>();
        Map<String, Object> badFields = new LinkedHashMap<>();
        badFields.put("grade", "lima");
        badFields.put("subject", ".*");
        badFields.put("language", "es");
        badFields.put("title", "t".repeat(201));
        badFields.put("competency", "' or 1=1--");
        badFields.put("summary", "\u0000");
        badFields.forEach((name, value) -> {
            Map<String, Object> fields = new HashMap<>(Classroom.MATERIAL_FIELDS);
            fields.put(name, value);
            cases.add(new Case(name + "=" + shorten(value), () -> api.upload(path, token, fields, "a.txt", text)));
        });
        Map<String, Object> noTitle = new HashMap<>(Classroom.MATERIAL_FIELDS);
        noTitle.remove("title");
        Map<String, Object> fields = Classroom.MATERIAL_FIELDS;
        cases.addAll(List.of(
                new Case("no title", () -> api.upload(path, token, noTitle, "a.txt", text)),
                new Case("empty file", () -> api.upload(path, token, fields, "empty.txt", new byte[0])),
                new Case("blank text", () -> api.upload(path, token, fields, "blank.txt", bytes(" \n\t "))),
                new Case("text named .pdf", () -> api.upload(path, token, fields, "aralin.pdf", text)),
                new Case(
                        "png named .txt",
                        () -> api.upload(path, token, fields, "a.txt", TestImages.encoded("png", 8, 8))),
                new Case(
                        "truncated pdf", () -> api.upload(path, token, fields, "a.pdf", bytes("%PDF-1.7\n1 0 obj <<"))),
                new Case("path trick name", () -> api.upload(path, token, fields, "../../etc/passwd", text)),
                new Case(
                        "over 10 MB",
                        () -> api.upload(path, token, fields, "big.txt", bytes("x".repeat(10_500_000))))));
        cases.addAll(brokenMultipart(HttpMethod.POST, path, token, "a.txt", text));
        return cases;
    }

    /** Multipart requests no browser sends: no boundary, no closing boundary, no file part, JSON in its place. */
    private List<Case> brokenMultipart(HttpMethod method, String path, String token, String fileName, byte[] content) {
        String head =
                "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n\r\n";
        byte[] truncated = concat(bytes(head), Arrays.copyOf(content, content.length / 2));
        byte[] whole = concat(bytes(head), content, bytes("\r\n--b0undary--\r\n"));
        byte[] noFile =
                bytes("--b0undary\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nA\r\n--b0undary--\r\n");
        MediaType bounded = MediaType.parseMediaType("multipart/form-data; boundary=b0undary");
        return List.of(
                new Case(
                        "multipart without boundary",
                        () -> api.sendRaw(method, path, token, MediaType.MULTIPART_FORM_DATA, whole)),
                new Case("multipart cut short", () -> api.sendRaw(method, path, token, bounded, truncated)),
                new Case("multipart without a file", () -> api.sendRaw(method, path, token, bounded, noFile)),
                new Case(
                        "JSON instead of multipart",
                        () -> api.sendRaw(
                                method, path, token, MediaType.APPLICATION_JSON, bytes("{\"file\": \"x\"}"))));
    }

    /** Every table an endpoint could write to (audit events aside: refusals are audited), row by row. */
    private Map<String, String> snapshot() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : List.of(
                "users",
                "consents",
                "avatars",
                "refresh_tokens",
                "invites",
                "conversations",
                "messages",
                "idempotency_keys",
                "answer_feedback",
                "classes",
                "class_members",
                "materials",
                "material_files")) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ' rows, ' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
                                    + " from " + table + " t",
                            String.class));
        }
        return tables;
    }

    private String fill(String template) {
        return template.replace("{unique.email}", ApiClient.uniqueEmail("bad"))
                .replace("{owner.email}", owner.email())
                .replace("{password}", ApiClient.PASSWORD)
                .replace("{code}", classroom.joinCode());
    }

    /** The path with its variables filled in, those in {@code tricks} with the trick. */
    private String fillPath(String template, Map<String, String> tricks) {
        Map<String, String> values = Map.of(
                "{owner.id}", owner.id().toString(),
                "{conversation}", classroom.conversation(),
                "{answer}", classroom.answer(),
                "{class}", classroom.classId(),
                "{material}", classroom.material());
        String path = template;
        for (String variable : variables(template)) {
            path = path.replace(variable, tricks.getOrDefault(variable, values.get(variable)));
        }
        return path;
    }

    private static List<String> variables(String template) {
        return java.util.regex.Pattern.compile("\\{[^}]+}")
                .matcher(template)
                .results()
                .map(m -> m.group())
                .toList();
    }

    /** The body with one (dotted) field set to a raw JSON value. */
    private byte[] withField(String template, String dotted, String rawValue) {
        ObjectNode root = (ObjectNode) JSON.readTree(fill(template));
        String[] names = dotted.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        String marker = "\u0001value\u0001";
        parent.put(names[names.length - 1], marker);
        return bytes(JSON.writeValueAsString(root).replace(quote(marker), rawValue));
    }

    private static String kindOf(TableRow row) {
        String body = row.get("body");
        if (body.isEmpty()) {
            return "";
        }
        return body.startsWith("@") ? "multipart" : "json";
    }

    private static List<String[]> pairs(String list) {
        return list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(",")).map(pair -> pair.split(":")).toList();
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /**
     * One hostile request. {@code plainStatus}, when not 0, is the status of a refusal that comes before Spring sees
     * the request and so is not a problem: Tomcat's HTML 400 for an encoded slash, NUL or broken UTF-8 in the path.
     */
    private record Case(String name, int plainStatus, Supplier<ResponseEntity<?>> call) {

        Case(String name, Supplier<ResponseEntity<?>> call) {
            this(name, 0, call);
        }
    }
}
