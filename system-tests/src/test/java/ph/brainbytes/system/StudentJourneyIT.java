package ph.brainbytes.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton's user story, end to end: the launcher starts the three built jars, a student
 * signs up in a phone-sized Chromium, asks in Filipino and in English, and finds the conversation
 * again after the whole platform has been restarted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudentJourneyIT {

    private static final String RICE_QUESTION = "Magkano ang 3 kilo ng bigas kung ₱52 ang isang kilo?";
    private static final String CONCEPT_QUESTION = "what is photosynthesis?";
    private static final Pattern TRACE_ID = Pattern.compile("\\b[0-9a-f]{32}\\b");

    private final Path screenshots = Path.of("target", "screenshots");
    private final String email = "juan." + UUID.randomUUID().toString().substring(0, 8) + "@example.ph";
    private final String password = "mahabang-password-2026";

    private Platform platform;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void startPlatform() throws Exception {
        Files.createDirectories(screenshots);
        Path dataDir = Path.of("target", "journey-data");
        deleteRecursively(dataDir);
        platform = new Platform(dataDir);
        Platform.LauncherRun up = platform.run("up", "-d");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("all services healthy");
        chromium = new Chromium();
        context = chromium.browser().newContext(chromium.phone());
        page = context.newPage();
    }

    @AfterAll
    void stopPlatform() {
        if (chromium != null) {
            chromium.close();
        }
        if (platform != null) {
            platform.run("down");
            assertThat(platform.serviceProcesses())
                    .as("no service JVM outlives 'down'")
                    .isEmpty();
        }
    }

    @Test
    @Order(1)
    void secretsAreGeneratedPrivately() throws Exception {
        Path secrets = platform.dataDir().resolve("secrets.env");
        assertThat(Files.getPosixFilePermissions(secrets))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(secrets)).contains("BRAINBYTES_SECURITY_JWT_SECRET=");
    }

    @Test
    @Order(2)
    void aStudentSignsUpAndGetsAWorkedAnswerInFilipino() {
        page.navigate(platform.frontendUrl() + "/signup");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("#displayName").fill("Juan dela Cruz");
        page.locator("#birthYear").fill("2000");
        page.locator("#consent").check();
        page.locator("form button[type=submit]").click();
        page.waitForURL("**/chat**");
        screenshot("01-signed-up");

        page.locator("#new-conversation").click();
        page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));

        ask(RICE_QUESTION);
        Locator answer = tutorMessages().first();
        assertThat(answer).containsText("₱156");
        assertThat(answer.innerText()).containsIgnoringCase("kilo");
        screenshot("02-filipino-math-answer");
    }

    @Test
    @Order(3)
    void theQuestionCarriesOneTraceIdThroughAllThreeStructuredLogs() {
        String backendLine = platform.jsonLog("backend")
                .lines()
                .filter(line -> line.contains("question stored"))
                .reduce((first, last) -> last)
                .orElseThrow();
        assertThat(backendLine).startsWith("{").endsWith("}");
        Matcher traceId = TRACE_ID.matcher(backendLine);
        assertThat(traceId.find()).as(backendLine).isTrue();

        assertThat(lineWith(platform.jsonLog("frontend"), "question sent")).contains(traceId.group());
        assertThat(lineWith(platform.jsonLog("ai-service"), "answered question"))
                .contains(traceId.group());
    }

    private static String lineWith(String log, String text) {
        return log.lines()
                .filter(line -> line.contains(text))
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    @Test
    @Order(4)
    void anEnglishConceptQuestionGetsAnEnglishAnswer() {
        ask(CONCEPT_QUESTION);
        Locator answer = tutorMessages().nth(1);
        assertThat(answer).containsText("Photosynthesis");
        assertThat(answer.innerText()).containsIgnoringCase("sunlight");
        screenshot("03-english-concept-answer");
    }

    @Test
    @Order(5)
    void theConversationSurvivesAReloadAndIsListed() {
        page.reload();
        assertThat(tutorMessages()).hasCount(2);
        page.navigate(platform.frontendUrl() + "/chat");
        assertThat(page.locator("#conversations a.conversation-link")).hasCount(1);
        screenshot("04-conversation-list");

        page.locator("#logout-button").click();
        page.navigate(platform.frontendUrl() + "/chat");
        page.waitForURL("**/login**");
        screenshot("05-logged-out");
    }

    @Test
    @Order(6)
    void theLanguageSwitchTurnsThePageFilipinoAndIsRemembered() {
        page.locator("#lang-fil").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fil");
        page.navigate(platform.frontendUrl() + "/login");
        assertThat(page.locator("html")).hasAttribute("lang", "fil");
        assertThat(page.locator("#login-button")).hasText("Mag-log in");
        screenshot("06-login-in-filipino");
    }

    @Test
    @Order(7)
    void theConversationIsStillThereAfterTheServicesRestart() {
        Platform.LauncherRun down = platform.run("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(platform.serviceProcesses()).isEmpty();
        Platform.LauncherRun up = platform.run("up", "-d");
        assertThat(up.exitCode()).as(up.output()).isZero();

        page.navigate(platform.frontendUrl() + "/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL("**/chat**");
        page.locator("#conversations a.conversation-link").first().click();
        assertThat(tutorMessages()).hasCount(2);
        assertThat(tutorMessages().first()).containsText("₱156");
        screenshot("07-after-restart");
    }

    private void ask(String question) {
        int before = tutorMessages().count();
        page.locator("#question").fill(question);
        page.locator("#ask-button").click();
        assertThat(tutorMessages()).hasCount(before + 1);
    }

    /** Finished answers: while an answer streams in, its bubble is marked message-streaming. */
    private Locator tutorMessages() {
        return page.locator("#messages li.message-tutor:not(.message-streaming)");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(screenshots.resolve(name + ".png"))
                .setFullPage(true));
    }

    static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
