package ph.brainbytes.backend.materials;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.FeatureIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Materials end to end on PostgreSQL: writing, uploading, browsing with every filter, reading and downloading. */
class MaterialsIT extends FeatureIntegrationTest {

    private static final String MATERIALS = "/api/v1/materials";

    @Autowired
    private MeterRegistry registry;

    /** A word nobody else's material contains, so searches and filters see only this test's rows. */
    private final String marker =
            "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void markdownPdfDocxAndTextBecomeReadableMaterials() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        JsonNode written = api.post(MATERIALS, teacher.token(), written("Fractions " + marker, "math", 5, "en"))
                .getBody();
        assertThat(written.path("source").asString()).isEqualTo("teacher");
        assertThat(written.path("format").asString()).isEqualTo("markdown");
        assertThat(written.path("authorId").asString()).isEqualTo(teacher.id().toString());

        String pdf = uploaded(teacher, "Water cycle.pdf", TestDocuments.pdf("Evaporation and condensation " + marker));
        String docx = uploaded(teacher, "aralin.docx", TestDocuments.docx("Ang bahaghari ni Niño " + marker));
        String txt = uploaded(teacher, "tala.txt", ("Mga tala: " + marker).getBytes(StandardCharsets.UTF_8));

        JsonNode pdfDetail = api.get(MATERIALS + "/" + pdf, student.token()).getBody();
        assertThat(pdfDetail.path("format").asString()).isEqualTo("text");
        assertThat(pdfDetail.path("body").asString()).contains("Evaporation and condensation");
        assertThat(pdfDetail.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(pdfDetail.path("file").asString()).isEqualTo("Water cycle.pdf");
        assertThat(api.get(MATERIALS + "/" + docx, student.token())
                        .getBody()
                        .path("body")
                        .asString())
                .contains("Ang bahaghari ni Niño");
        assertThat(api.get(MATERIALS + "/" + txt, student.token())
                        .getBody()
                        .path("body")
                        .asString())
                .isEqualTo("Mga tala: " + marker);
        assertThat(ids(list(student, "q", marker)))
                .containsExactlyInAnyOrder(written.path("id").asString(), pdf, docx, txt);
    }

    @Test
    void eachFilterWorksAloneAndCombined() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        String competency = "S9ES-Ia-" + marker.substring(2, 8);
        Map<String, Object> target = written("Volcanoes " + marker, "science", 9, "en");
        target.put("competency", competency);
        String wanted = api.post(MATERIALS, teacher.token(), target)
                .getBody()
                .path("id")
                .asString();
        String otherGrade = api.post(MATERIALS, teacher.token(), written("Plants " + marker, "science", 4, "en"))
                .getBody()
                .path("id")
                .asString();
        api.post(MATERIALS, teacher.token(), written("Tula " + marker, "filipino", 9, "fil"));

        JsonNode science = list(student, "subject", "science");
        assertThat(ids(science)).contains(wanted, otherGrade);
        science.path("items")
                .forEach(item -> assertThat(item.path("subject").asString()).isEqualTo("science"));
        JsonNode grade9 = list(student, "grade", "9");
        assertThat(ids(grade9)).contains(wanted).doesNotContain(otherGrade);
        grade9.path("items")
                .forEach(item -> assertThat(item.path("grade").asInt()).isEqualTo(9));
        assertThat(ids(list(student, "competency", competency.toLowerCase()))).containsExactly(wanted);
        assertThat(ids(list(student, "q", marker))).hasSize(3);

        String all = "?subject=science&grade=9&competency=" + competency + "&q=" + marker;
        assertThat(ids(api.get(MATERIALS + all, student.token()).getBody())).containsExactly(wanted);
        String mismatch = "?subject=science&grade=4&competency=" + competency + "&q=" + marker;
        assertThat(ids(api.get(MATERIALS + mismatch, student.token()).getBody()))
                .isEmpty();
        assertThat(ids(api.get(MATERIALS + "?subject=filipino&q=" + marker, student.token())
                        .getBody()))
                .hasSize(1);
    }

    @Test
    void searchIsCaseInsensitiveFindsFilipinoWordsAndTakesWildcardsLiterally() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        Map<String, Object> body = written("Pagdiriwang " + marker, "filipino", 6, "fil");
        body.put("summary", "Diskwentong 100% sa Pasko");
        body.put("markdown", "Ipinagdiriwang ng mga batang Niño ang Kapaskuhan " + marker + " nang **masaya**");
        String id =
                api.post(MATERIALS, teacher.token(), body).getBody().path("id").asString();

        assertThat(ids(list(student, "q", "KAPASKUHAN " + marker.toUpperCase())))
                .containsExactly(id);
        assertThat(ids(list(student, "q", "batang niÑo"))).contains(id);
        assertThat(ids(list(student, "q", "100% sa"))).contains(id);
        assertThat(ids(list(student, "q", marker + "%"))).isEmpty();
        assertThat(ids(list(student, "q", marker.substring(0, 4) + "_"))).isEmpty();
        String lessons = MATERIALS + "?competency=F5WG-IIIa-c-6&q=PANG-ABAY";
        assertThat(ids(api.get(lessons, student.token()).getBody())).contains("lesson-fil-pang-abay");
    }

    @Test
    void pagesFollowTheCursorThroughMaterialsAndThenLessons() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            mine.add(api.post(
                            MATERIALS, teacher.token(), written("Adverb drill " + i + " " + marker, "english", 5, "en"))
                    .getBody()
                    .path("id")
                    .asString());
        }
        JsonNode first = list(student, "q", marker);
        assertThat(first.path("items")).hasSize(20);
        String next = MATERIALS + "?q=" + marker + "&cursor="
                + first.path("nextCursor").asString();
        JsonNode second = api.get(next, student.token()).getBody();
        assertThat(ids(second)).containsExactly(mine.get(0));
        assertThat(second.path("nextCursor").isNull()).isTrue();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String page = MATERIALS + "?subject=english&grade=5" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode answer = api.get(page, student.token()).getBody();
            seen.addAll(ids(answer));
            cursor = answer.path("nextCursor").isNull()
                    ? null
                    : answer.path("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine).contains("lesson-eng-adverbs");
        assertThat(seen.indexOf("lesson-eng-adverbs")).isGreaterThan(seen.indexOf(mine.get(0)));
    }

    @Test
    void lessonsAreListedInTheReadersLanguageAndCannotBeChanged() {
        Account teacher = account("TEACHER");
        Account student = account("STUDENT");
        JsonNode english = list(student, "competency", "EN5G-IIa-5");
        JsonNode lesson = find(english, "lesson-eng-adverbs");
        assertThat(lesson.path("source").asString()).isEqualTo("curriculum");
        assertThat(lesson.path("title").asString()).isEqualTo("Adverbs of manner, place, time and frequency");

        JsonNode filipino = api.get(MATERIALS + "/lesson-eng-adverbs?lang=fil", student.token())
                .getBody();
        assertThat(filipino.path("title").asString()).startsWith("Adverbs sa Ingles");
        assertThat(filipino.path("language").asString()).isEqualTo("fil");
        assertThat(filipino.path("format").asString()).isEqualTo("markdown");
        jdbc.update("update users set preferred_language = 'fil' where id = ?", student.id());
        assertThat(find(list(student, "competency", "EN5G-IIa-5"), "lesson-eng-adverbs")
                        .path("title")
                        .asString())
                .startsWith("Adverbs sa Ingles");

        ResponseEntity<JsonNode> edit =
                api.patch(MATERIALS + "/lesson-eng-adverbs", teacher.token(), Map.of("title", "Binago"));
        assertThat(edit.getStatusCode().value()).isEqualTo(403);
        assertThat(edit.getBody().path("type").asString()).endsWith("/material-read-only");
        assertThat(api.delete(
                                MATERIALS + "/lesson-eng-adverbs",
                                account("ADMIN").token())
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void downloadsAreAttachmentsWithTheDetectedTypeForSignedInUsersOnly() {
        Account teacher = account("TEACHER");
        byte[] pdf = TestDocuments.pdf("Photosynthesis " + marker);
        String id = uploaded(teacher, "Photo synthesis\";.pdf", pdf);

        ResponseEntity<byte[]> file =
                api.getBytes(MATERIALS + "/" + id + "/file", account("STUDENT").token());
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getBody()).isEqualTo(pdf);
        HttpHeaders headers = file.getHeaders();
        assertThat(headers.getContentType()).hasToString("application/pdf");
        assertThat(headers.getContentDisposition().isAttachment()).isTrue();
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Photo synthesis__.pdf");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(api.getBytes(MATERIALS + "/" + id + "/file", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);

        String markdown = api.post(MATERIALS, teacher.token(), written("Notes " + marker, "math", 5, "en"))
                .getBody()
                .path("id")
                .asString();
        assertThat(api.getBytes(MATERIALS + "/" + markdown + "/file", teacher.token())
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        Account teacher = account("TEACHER");
        ResponseEntity<JsonNode> executable =
                api.upload(MATERIALS, teacher.token(), described(), "lesson.pdf", TestDocuments.executable());
        assertProblem(executable, 415, "unsupported-file-type");
        ResponseEntity<JsonNode> text = api.upload(
                MATERIALS, teacher.token(), described(), "lesson.pdf", "plain".getBytes(StandardCharsets.UTF_8));
        assertProblem(text, 415, "unsupported-file-type");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        assertProblem(
                api.upload(MATERIALS, teacher.token(), described(), "big.txt", tooLarge), 413, "content-too-large");
        assertProblem(
                api.upload(MATERIALS, account("STUDENT").token(), described(), "a.txt", "hi".getBytes()),
                403,
                "forbidden");
        assertThat(jdbc.queryForObject(
                        "select count(*) from materials where author_id = ?", Integer.class, teacher.id()))
                .isZero();
    }

    @Test
    void authorsAndAdminsEditAndDelete() {
        Account teacher = account("TEACHER");
        String id = api.post(MATERIALS, teacher.token(), written("Draft " + marker, "math", 7, "en"))
                .getBody()
                .path("id")
                .asString();
        Map<String, Object> edit =
                Map.of("title", "Integers " + marker, "competency", "M7NS-Ib-1", "markdown", "# New");
        JsonNode edited = api.patch(MATERIALS + "/" + id, teacher.token(), edit).getBody();
        assertThat(edited.path("title").asString()).isEqualTo("Integers " + marker);
        assertThat(edited.path("competency").asString()).isEqualTo("M7NS-Ib-1");
        assertThat(edited.path("body").asString()).isEqualTo("# New");
        assertThat(edited.path("grade").asInt()).isEqualTo(7);
        JsonNode cleared = api.patch(MATERIALS + "/" + id, account("ADMIN").token(), Map.of("competency", ""))
                .getBody();
        assertThat(cleared.path("competency").isNull()).isTrue();

        String upload = uploaded(teacher, "tala.txt", "Tala".getBytes(StandardCharsets.UTF_8));
        assertProblem(
                api.patch(MATERIALS + "/" + upload, teacher.token(), Map.of("markdown", "# x")),
                409,
                "material-is-upload");

        assertThat(api.delete(MATERIALS + "/" + id, teacher.token())
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertProblem(api.get(MATERIALS + "/" + id, teacher.token()), 404, "material-not-found");
    }

    private double views(String subject, String source) {
        Counter counter = registry.find("brainbytes.materials.views")
                .tags("subject", subject, "source", source)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private JsonNode list(Account reader, String parameter, String value) {
        return api.get(MATERIALS, reader.token(), parameter, value).getBody();
    }

    private String uploaded(Account teacher, String name, byte[] content) {
        ResponseEntity<JsonNode> created = api.upload(MATERIALS, teacher.token(), described(), name, content);
        assertThat(created.getStatusCode().value()).as(name).isEqualTo(201);
        return created.getBody().path("id").asString();
    }

    private Map<String, Object> described() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", "Upload " + marker);
        fields.put("subject", "science");
        fields.put("grade", 6);
        fields.put("language", "en");
        return fields;
    }

    private static Map<String, Object> written(String title, String subject, int grade, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("subject", subject);
        body.put("grade", grade);
        body.put("language", language);
        body.put("markdown", "## " + title + "\n\nSee the *example* below.");
        return body;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not listed in " + page);
    }

    static void assertProblem(ResponseEntity<JsonNode> answer, int status, String slug) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().path("type").asString()).endsWith("/" + slug);
    }
}
