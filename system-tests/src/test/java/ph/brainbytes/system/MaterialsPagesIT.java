package ph.brainbytes.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lessons and materials in the browser, against the real services: a student browses, filters, searches
 * in Filipino and reads a built-in lesson in both languages, follows a tutor's citation to its lesson and
 * reads an opened lesson offline; a teacher writes, uploads, edits and deletes, and sees upload refusals
 * translated; a student is refused the teachers' pages. Hostile titles and bodies stay text, every new page
 * passes axe-core, and the list and lesson pages fit the data-saver budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaterialsPagesIT {

    private static final String PASSWORD = "mahabang-password-2026";
    private static final String ADMIN_EMAIL =
            "admin." + UUID.randomUUID().toString().substring(0, 8) + "@example.ph";
    private static final String ADMIN_PASSWORD = "Admin-" + UUID.randomUUID() + "-pw";
    private static final String STATES_OF_MATTER = "/lessons/sci-states-of-matter";
    private static final String XSS_TITLE = "<img src=x onerror=\"window.__xss='title'\"> Hati-hati";
    private static final String XSS_BODY = "# Mga hati\n\n<script>window.__xss='body'</script>\n\n"
            + "<img src=x onerror=\"window.__xss='img'\">\n\n[pindutin](javascript:window.__xss='link')\n\n**Sagot:** 1/2";

    private final HttpClient http = HttpClient.newHttpClient();
    private Platform platform;
    private Chromium chromium;
    private String teacherEmail;
    private String studentEmail;
    private String teachersMaterialId;

    @BeforeAll
    void startPlatformWithATeacherAndAStudent() throws Exception {
        Files.createDirectories(Evidence.SCREENSHOTS);
        Path dataDir = Path.of("target", "materials-pages-data");
        StudentJourneyIT.deleteRecursively(dataDir);
        platform = new Platform(dataDir);
        ProcessBuilder up = platform.launcher("up", "-d");
        // the backend makes the first admin from these at start-up; the admin then promotes a teacher
        up.environment().put("BRAINBYTES_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
        up.environment().put("BRAINBYTES_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // a shared build machine is slow: C1 alone brings start-up well within the launcher's readiness wait
        up.environment().put("BRAINBYTES_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        Process launcher = up.start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor()).as(output).isZero();
        chromium = new Chromium();

        teacherEmail = register("Gng. Reyes");
        studentEmail = register("Juan Cruz");
        String adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String teacherId = JsonParser.parseString(send(get("/api/v1/me", login(teacherEmail, PASSWORD)), 200))
                .getAsJsonObject()
                .get("id")
                .getAsString();
        send(json("PATCH", "/api/v1/admin/users/" + teacherId + "/role", adminToken, "{\"role\":\"TEACHER\"}"), 200);
        String created = send(
                json(
                        "POST",
                        "/api/v1/materials",
                        login(teacherEmail, PASSWORD),
                        "{\"title\":\"Mga praksiyon\",\"subject\":\"math\",\"grade\":5,\"language\":\"fil\","
                                + "\"markdown\":\"Ang **kalahati** ay 1/2.\"}"),
                201);
        teachersMaterialId =
                JsonParser.parseString(created).getAsJsonObject().get("id").getAsString();
    }

    @AfterAll
    void stopPlatform() {
        if (chromium != null) {
            chromium.close();
        }
        if (platform != null) {
            platform.run("down");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desktop"})
    void aStudentBrowsesFiltersSearchesAndReadsALessonInBothLanguages(String size) {
        try (BrowserContext context = chromium.browser().newContext(WebJourneyIT.viewport(chromium, size))) {
            Page page = context.newPage();
            List<String> cspErrors = WebJourneyIT.cspErrors(page);
            signIn(page, studentEmail);
            page.locator("#nav-materials").click();
            page.waitForURL("**/materials");
            Evidence.accessible(page, size, "30-materials");
            Locator items = page.locator("#materials li");
            assertThat(items).hasCount(20);
            assertThat(page.locator("#new-material")).hasCount(0);
            String firstOfPageOne = items.first().locator("a").getAttribute("href");
            page.locator("#next-page").click();
            page.waitForURL(Pattern.compile(".*/materials\\?cursor=.+"));
            assertThat(items).hasCount(20);
            assertThat(items.first().locator("a").getAttribute("href")).isNotEqualTo(firstOfPageOne);

            filter(page, "science", "", "", "");
            assertThat(labels(page, 1)).isNotEmpty().allMatch("Science"::equals);
            filter(page, "", "5", "", "");
            assertThat(labels(page, 2)).isNotEmpty().allMatch("Grade 5"::equals);
            filter(page, "", "", "s5mt-ic-d-2", "");
            assertThat(page.locator("#materials a[href='" + STATES_OF_MATTER + "']"))
                    .hasCount(1);
            assertThat(labels(page, 3)).isNotEmpty().allMatch("S5MT-Ic-d-2"::equalsIgnoreCase);
            filter(page, "science", "5", "", "");
            assertThat(labels(page, 1)).isNotEmpty().allMatch("Science"::equals);
            assertThat(labels(page, 2)).allMatch("Grade 5"::equals);
            Evidence.screenshot(page, size, "31-materials-filtered");

            page.navigate(platform.frontendUrl() + "/materials?lang=fil");
            filter(page, "", "", "", "pagyeyelo");
            assertThat(page.locator("#materials a[href='" + STATES_OF_MATTER + "']"))
                    .hasCount(1);
            assertThat(items).hasCount(2);
            filter(page, "math", "", "", "pagyeyelo");
            assertThat(page.locator("#no-materials")).isVisible();
            filter(page, "", "", "", "pagyeyelo");
            Evidence.accessible(page, size, "32-materials-search-fil");

            page.locator("#materials a[href='" + STATES_OF_MATTER + "']").click();
            page.waitForURL("**" + STATES_OF_MATTER);
            assertThat(page.locator("#material-title")).hasText("Mga anyo ng matter at ang pagbabago nito");
            assertThat(page.locator("#material-competency")).hasText("S5MT-Ic-d-2");
            assertThat(page.locator("#material-body strong").first()).isVisible();
            assertThat(page.locator("#edit-material, #delete-material")).hasCount(0);
            Evidence.accessible(page, size, "33-lesson-fil");
            page.locator("#lang-en").click();
            assertThat(page.locator("#material-title")).hasText("States of matter and their changes");
            assertThat(page.locator("#material-subject")).hasText("Science");
            Evidence.accessible(page, size, "34-lesson-en");
            assertThat(cspErrors).isEmpty();
        }
    }

    @Test
    void aCitationInATutorAnswerOpensItsLesson() {
        try (BrowserContext context = chromium.browser().newContext(chromium.phone())) {
            Page page = context.newPage();
            signIn(page, studentEmail);
            page.locator("#new-conversation").click();
            page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
            page.locator("#question").fill("What is photosynthesis?");
            page.locator("#ask-button").click();
            Locator citation = page.locator("#messages li.message-tutor:not(.message-streaming) a.citation-link")
                    .first();
            assertThat(citation).isVisible();
            String cited = citation.textContent();
            citation.click();
            page.waitForURL(Pattern.compile(".*/lessons/[a-z0-9-]+$"));
            assertThat(page.locator("#material-title")).hasText(cited);
            Evidence.accessible(page, "phone", "35-cited-lesson");
        }
    }

    @Test
    void aLessonOpenedOnceCanBeReadOffline() {
        try (BrowserContext context = chromium.browser().newContext(chromium.phone())) {
            Page page = context.newPage();
            signIn(page, studentEmail);
            page.navigate(platform.frontendUrl() + "/materials");
            page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            page.navigate(platform.frontendUrl() + STATES_OF_MATTER);
            assertThat(page.locator("#material-title")).hasText("States of matter and their changes");
            theServiceWorkerHasCached(page, STATES_OF_MATTER);

            context.setOffline(true);
            page.navigate(platform.frontendUrl() + STATES_OF_MATTER);
            assertThat(page.locator("#material-title")).hasText("States of matter and their changes");
            assertThat(page.locator("#material-body")).containsText("condensation");
            Evidence.screenshot(page, "phone", "36-lesson-offline");
            page.navigate(platform.frontendUrl() + "/lessons/sci-photosynthesis");
            assertThat(page.locator("#material-title")).hasCount(0);
            assertThat(page.locator("h1")).hasText("You are offline");
            context.setOffline(false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desktop"})
    void aTeacherWritesUploadsEditsAndDeletesMaterialsAndHostileTextStaysText(String size) {
        try (BrowserContext context = chromium.browser().newContext(WebJourneyIT.viewport(chromium, size))) {
            Page page = context.newPage();
            List<String> cspErrors = WebJourneyIT.cspErrors(page);
            signIn(page, teacherEmail);
            page.navigate(platform.frontendUrl() + "/materials");
            page.locator("#new-material").click();
            page.waitForURL("**/materials/new");
            Evidence.accessible(page, size, "40-new-material");

            describe(page, XSS_TITLE, "math", "5", "M5NS-Ic-1", "fil");
            page.locator("#markdown").fill(XSS_BODY);
            page.locator("#save-material").click();
            page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
            String written = page.url();
            assertThat(page.locator("#material-title")).hasText(XSS_TITLE);
            assertThat(page.locator("#material-body h2")).hasText("Mga hati");
            assertThat(page.locator("#material-body strong")).hasText("Sagot:");
            assertThat(page.locator("#material-body")).containsText("<script>");
            assertThat(page.locator("main img, main script, #material-body a[href^='javascript']"))
                    .hasCount(0);
            assertThat(page.locator("#material-body a")).hasText("pindutin");
            Evidence.accessible(page, size, "41-written-material");
            page.navigate(platform.frontendUrl() + "/materials?subject=math&grade=5&competency=M5NS-Ic-1");
            assertThat(page.locator("#materials .material-link").first()).hasText(XSS_TITLE);
            assertThat(page.locator("main img")).hasCount(0);
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);

            page.navigate(written);
            page.locator("#edit-material").click();
            page.waitForURL("**/edit");
            Evidence.accessible(page, size, "42-edit-material");
            page.locator("#title").fill("Hati-hati, binago");
            page.locator("#save-material").click();
            page.waitForURL(written);
            assertThat(page.locator("#material-title")).hasText("Hati-hati, binago");

            uploadsAreReadAndRefusalsTranslated(page, size);

            page.navigate(written);
            page.locator("#delete-material").click();
            page.waitForURL("**/delete");
            assertThat(page.locator("#delete-question")).containsText("Hati-hati, binago");
            Evidence.accessible(page, size, "45-delete-material");
            page.locator("#confirm-delete").click();
            page.waitForURL("**/materials?deleted");
            assertThat(page.locator("#deleted-notice")).isVisible();
            Response gone = page.navigate(written);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(cspErrors).isEmpty();
        }
    }

    @Test
    void aStudentSeesNoTeacherControlsAndIsRefusedTheirPagesInFilipino() {
        try (BrowserContext context = chromium.browser().newContext(chromium.phone())) {
            Page page = context.newPage();
            signIn(page, studentEmail);
            page.navigate(platform.frontendUrl() + "/materials/" + teachersMaterialId + "?lang=fil");
            assertThat(page.locator("#material-title")).hasText("Mga praksiyon");
            assertThat(page.locator("#edit-material, #delete-material")).hasCount(0);
            for (String path : List.of(
                    "/materials/new",
                    "/materials/" + teachersMaterialId + "/edit",
                    "/materials/" + teachersMaterialId + "/delete")) {
                Response refused = page.navigate(platform.frontendUrl() + path);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(page.locator("h1")).hasText("Hindi para sa iyong account ang pahinang ito");
            }
            Evidence.accessible(page, "phone", "46-student-refused");
            Response afterwards = page.navigate(platform.frontendUrl() + "/materials/" + teachersMaterialId);
            assertThat(afterwards.status()).isEqualTo(200);
        }
    }

    /** First loads with an empty cache, later ones with it warm; the service worker is kept out of it. */
    @Test
    void theListAndLessonPagesFitTheDataSaverBudget() {
        try (BrowserContext context =
                chromium.browser().newContext(chromium.phone().setServiceWorkers(ServiceWorkerPolicy.BLOCK))) {
            Page page = context.newPage();
            signIn(page, studentEmail);
            TransferMeter meter = new TransferMeter(page);
            PageWeights weights = new PageWeights();
            weights.add("/materials", true, meter.load(platform.frontendUrl() + "/materials", true));
            String next = page.locator("#next-page").getAttribute("href");
            weights.add("/materials?cursor", false, meter.load(platform.frontendUrl() + next, false));
            weights.add(
                    "/materials?q",
                    false,
                    meter.load(platform.frontendUrl() + "/materials?q=tubig&subject=science", false));
            weights.add("/lessons/{id}", true, meter.load(platform.frontendUrl() + STATES_OF_MATTER, true));
            weights.add(
                    "/lessons/{id}", false, meter.load(platform.frontendUrl() + "/lessons/sci-photosynthesis", false));
            System.out.println(weights.table());
            assertThat(weights.overBudget()).isEmpty();
        }
    }

    /** The worker stores a page after handing it to the browser, so the copy lands a moment later. */
    private static void theServiceWorkerHasCached(Page page, String path) {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (Boolean.TRUE.equals(page.evaluate("url => caches.match(url).then(r => r !== undefined)", path))) {
                return;
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError(path + " was not cached by the service worker");
    }

    private void uploadsAreReadAndRefusalsTranslated(Page page, String size) {
        page.navigate(platform.frontendUrl() + "/materials/new");
        describe(page, "Kumukulong tubig", "science", "6", "", "fil");
        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "larawan.pdf", "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        page.locator("#save-material").click();
        assertThat(page.locator("#file-error")).containsText("Only PDF, Word (DOCX) and plain-text (TXT)");
        assertThat(page.locator("#title")).hasValue("Kumukulong tubig");
        Evidence.accessible(page, size, "43-upload-refused");

        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "sira.pdf",
                        "application/pdf",
                        "%PDF-1.7\n1 0 obj << /Broken".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#save-material").click();
        assertThat(page.locator("#file-error")).containsText("seems damaged or empty");

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 512 * 1024];
        Arrays.fill(tooLarge, (byte) 'a');
        page.locator("#file").setInputFiles(new FilePayload("malaki.txt", "text/plain", tooLarge));
        page.locator("#save-material").click();
        assertThat(page.locator("#file-error")).containsText("The file is too large");

        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "aralin.txt",
                        "text/plain",
                        "Kumukulo ang tubig sa 100 digri Celsius sa antas ng dagat.".getBytes(StandardCharsets.UTF_8)));
        page.locator("#save-material").click();
        page.waitForURL(Pattern.compile(".*/materials/[0-9a-f-]{36}$"));
        assertThat(page.locator("#material-body")).containsText("Kumukulo ang tubig sa 100 digri Celsius");
        Download download =
                page.waitForDownload(() -> page.locator("#download-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("aralin.txt");
        Evidence.accessible(page, size, "44-uploaded-material");
    }

    private static void describe(
            Page page, String title, String subject, String grade, String competency, String language) {
        page.locator("#title").fill(title);
        page.locator("#subject").selectOption(subject);
        page.locator("#grade").selectOption(grade);
        page.locator("#competency").fill(competency);
        page.locator("#language").selectOption(language);
    }

    private static void filter(Page page, String subject, String grade, String competency, String query) {
        page.locator("#subject").selectOption(subject);
        page.locator("#grade").selectOption(grade);
        page.locator("#competency").fill(competency);
        page.locator("#q").fill(query);
        // the same filters may give the same address: wait for the old document to be replaced instead
        page.evaluate("() => { window.__stale = true; }");
        page.locator("#filter-button").click();
        page.waitForFunction("() => window.__stale === undefined");
        assertThat(page.locator("#filter-error")).hasCount(0);
    }

    /** The n-th label of every listed item: 1 subject, 2 grade, 3 competency. */
    private static List<String> labels(Page page, int n) {
        return page.locator("#materials li .labels .label:nth-child(" + n + ")").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    private void signIn(Page page, String email) {
        page.navigate(platform.frontendUrl() + "/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-button").click();
        page.waitForURL("**/chat");
    }

    private String register(String name) throws Exception {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.ph";
        send(
                json(
                        "POST",
                        "/api/v1/auth/register",
                        null,
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name
                                + "\",\"birthYear\":1990,\"consent\":{\"accepted\":true}}"),
                201);
        return email;
    }

    private String login(String email, String password) throws Exception {
        String body = send(
                json(
                        "POST",
                        "/api/v1/auth/login",
                        null,
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"),
                200);
        return JsonParser.parseString(body).getAsJsonObject().get("accessToken").getAsString();
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(platform.backendUrl() + path))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private HttpRequest json(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.backendUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private String send(HttpRequest request, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(request.uri() + " " + response.body())
                .isEqualTo(expectedStatus);
        return response.body();
    }
}
