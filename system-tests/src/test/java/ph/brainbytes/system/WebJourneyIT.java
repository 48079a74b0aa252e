package ph.brainbytes.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web app's own story at phone and desktop size, against the real services: a minor signs up
 * with a guardian's consent, watches an answer stream in, asks while offline and gets the answer
 * when the connection returns, switches to Filipino for good, and logs out. Every page passes
 * axe-core with no serious or critical violation and breaks no Content-Security-Policy rule. Then
 * hostile text stays text, and each page's first and later loads fit the data-saver budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebJourneyIT {

    static final String RICE_QUESTION = "Magkano ang 3 kilo ng bigas kung ₱52 ang isang kilo?";
    private static final String PASSWORD = "mahabang-password-2026";

    private Platform platform;
    private Chromium chromium;

    @BeforeAll
    void startPlatform() throws Exception {
        Files.createDirectories(Evidence.SCREENSHOTS);
        Path dataDir = Path.of("target", "web-journey-data");
        StudentJourneyIT.deleteRecursively(dataDir);
        platform = new Platform(dataDir);
        Platform.LauncherRun up = platform.run("up", "-d");
        assertThat(up.exitCode()).as(up.output()).isZero();
        chromium = new Chromium();
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

    static Browser.NewContextOptions viewport(Chromium chromium, String name) {
        return "phone".equals(name) ? chromium.phone() : new Browser.NewContextOptions().setViewportSize(1366, 900);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desktop"})
    void aMinorSignsUpAsksOnlineAndOfflineSwitchesLanguageAndLogsOut(String size) throws Exception {
        try (BrowserContext context = chromium.browser().newContext(viewport(chromium, size))) {
            Page page = context.newPage();
            List<String> cspErrors = cspErrors(page);
            String email = "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.ph";

            open(page, "/", size, "10-landing");
            page.locator("#signup-link").click();
            Evidence.accessible(page, size, "11-signup");
            signUpAsMinor(page, email);
            page.waitForURL("**/chat");
            Evidence.accessible(page, size, "12-conversations");

            page.locator("#subject").selectOption("math");
            page.locator("#new-conversation").click();
            page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
            Evidence.accessible(page, size, "13-conversation");

            theAnswerStreamsIn(page, size);
            aQuestionAskedOfflineIsSentWhenTheConnectionReturns(context, page, size);
            aQuestionLeftWaitingIsSentWhenTheConversationOpensAgain(context, page);
            theLanguageStaysFilipinoAcrossPagesAndSessions(page, email, size);

            page.locator("#logout-button").click();
            page.waitForURL("**/login?logout");
            page.navigate(platform.frontendUrl() + "/chat");
            page.waitForURL("**/login");
            Evidence.accessible(page, size, "19-logged-out");
            assertThat(cspErrors).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone"})
    void scriptInNamesQuestionsAndTitlesRendersAsInertText(String size) {
        String name = "<img src=x onerror=\"window.__xss='name'\">";
        String question = "<script>window.__xss='question'</script><img src=x onerror=\"window.__xss='q'\"> 2+2?";
        try (BrowserContext context = chromium.browser().newContext(viewport(chromium, size))) {
            Page page = context.newPage();
            page.navigate(platform.frontendUrl() + "/signup");
            page.locator("#email").fill("xss." + UUID.randomUUID().toString().substring(0, 8) + "@example.ph");
            page.locator("#password").fill(PASSWORD);
            page.locator("#displayName").fill(name);
            page.locator("#birthYear").fill("1990");
            page.locator("#consent").check();
            page.locator("#signup-button").click();
            page.waitForURL("**/chat");
            page.locator("#new-conversation").click();
            page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
            page.locator("#question").fill(question);
            page.locator("#ask-button").click();
            assertThat(page.locator("#messages li.message-tutor:not(.message-streaming)"))
                    .hasCount(1);
            page.reload();
            assertThat(page.locator("header .who")).hasText(name);
            assertThat(page.locator("#messages li.message-student .plain").first())
                    .hasText(question);
            page.navigate(platform.frontendUrl() + "/chat");
            assertThat(page.locator("#conversations")).isVisible();
            assertThat(page.locator("main img, header img, #conversations script"))
                    .hasCount(0);
            Evidence.screenshot(page, size, "20-xss-inert");
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        }
    }

    /** First loads with an empty cache, later ones with it warm; the service worker is kept out of it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone"})
    void everyPageFitsTheDataSaverBudget(String size) {
        try (BrowserContext context =
                chromium.browser().newContext(viewport(chromium, size).setServiceWorkers(ServiceWorkerPolicy.BLOCK))) {
            Page page = context.newPage();
            TransferMeter meter = new TransferMeter(page);
            PageWeights weights = new PageWeights();
            for (String path : List.of("/", "/login", "/signup")) {
                weights.add(path, true, meter.load(platform.frontendUrl() + path, true));
            }
            page.locator("#email").fill("weight." + UUID.randomUUID().toString().substring(0, 8) + "@example.ph");
            page.locator("#password").fill(PASSWORD);
            page.locator("#displayName").fill("Budget Tester");
            page.locator("#birthYear").fill("1990");
            page.locator("#consent").check();
            page.locator("#signup-button").click();
            page.waitForURL("**/chat");
            page.locator("#new-conversation").click();
            page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
            String chat = URI.create(page.url()).getPath();
            weights.add("/chat/{id}", true, meter.load(platform.frontendUrl() + chat, true));
            weights.add("/chat", false, meter.load(platform.frontendUrl() + "/chat", false));
            weights.add("/chat/{id}", false, meter.load(platform.frontendUrl() + chat, false));
            weights.add("/offline", false, meter.load(platform.frontendUrl() + "/offline", false));
            System.out.println(weights.table());
            assertThat(weights.overBudget()).isEmpty();
        }
    }

    private void signUpAsMinor(Page page, String email) {
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#displayName").fill("Ana Santos");
        page.locator("#birthYear").fill(String.valueOf(Year.now().getValue() - 13));
        page.locator("#guardianName").fill("Rosa Santos");
        page.locator("#guardianEmail").fill("rosa.santos@example.ph");
        assertThat(page.locator("#privacy-notice")).containsText("10173");
        page.locator("#consent").check();
        page.locator("#signup-button").click();
    }

    /**
     * The deltas are written into the streaming bubble before the server-rendered answer replaces
     * it: a mutation observer, set up before asking, records text arriving in that bubble.
     */
    private void theAnswerStreamsIn(Page page, String size) {
        page.evaluate("() => { window.__deltas = 0; new MutationObserver(records => records.forEach(r => {"
                + " const bubble = r.target.closest && r.target.closest('.message-streaming');"
                + " if (bubble && r.target.classList.contains('text') && r.target.textContent.length > 0)"
                + " window.__deltas++; })).observe(document.getElementById('messages'),"
                + " { childList: true, subtree: true, characterData: true }); }");
        page.locator("#question").fill(RICE_QUESTION);
        page.locator("#ask-button").click();
        Locator answer = page.locator("#messages li.message-tutor:not(.message-streaming)");
        assertThat(answer.first()).containsText("₱156");
        assertThat(page.locator("#messages .message-streaming")).hasCount(0);
        assertThat(answer.first().locator(".markdown")).hasCount(1);
        assertThat(((Number) page.evaluate("() => window.__deltas")).intValue())
                .as("deltas shown before the final answer")
                .isPositive();

        page.locator("#hint-button").click();
        assertThat(page.locator("#messages li.message-tutor:not(.message-streaming)"))
                .hasCount(2);
        Evidence.accessible(page, size, "15-answered");
    }

    private void aQuestionAskedOfflineIsSentWhenTheConnectionReturns(BrowserContext context, Page page, String size)
            throws Exception {
        int answers = page.locator("#messages li.message-tutor").count();
        context.setOffline(true);
        page.locator("#question").fill("what is photosynthesis?");
        page.locator("#ask-button").click();
        Locator waiting = page.locator("#messages li.message-waiting");
        assertThat(waiting).hasCount(1);
        assertThat(waiting).containsText("Waiting to send");
        Evidence.screenshot(page, size, "16-offline-waiting");

        context.setOffline(false);
        // the tutor answers before the reply comes back, which on a loaded machine takes a while
        assertThat(waiting).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page.locator("#messages li.message-tutor")).hasCount(answers + 1);
        assertThat(page.locator("#messages li.message-tutor").last()).containsText("Photosynthesis");
        Evidence.screenshot(page, size, "17-offline-delivered");
        page.reload();
        assertThat(page.locator("#messages li.message-tutor")).hasCount(answers + 1);
        assertThat(frontendMetrics()).containsPattern("brainbytes_offline_questions_total\\{[^}]*state=\"delivered\"");
    }

    /** The page is closed while a question waits; opening the conversation later shows it and sends it. */
    private void aQuestionLeftWaitingIsSentWhenTheConversationOpensAgain(BrowserContext context, Page page) {
        String conversation = page.url();
        int answers = page.locator("#messages li.message-tutor").count();
        context.setOffline(true);
        page.locator("#question").fill("what is a simile?");
        page.locator("#ask-button").click();
        assertThat(page.locator("#messages li.message-waiting")).hasCount(1);
        page.navigate("about:blank");
        context.setOffline(false);

        page.navigate(conversation);
        assertThat(page.locator("#messages li.message-tutor"))
                .hasCount(answers + 1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page.locator("#messages li.message-waiting")).hasCount(0);
        assertThat(page.locator("#messages li.message-student").last()).containsText("what is a simile?");
        assertThat(page.locator("#messages li.message-tutor").last())
                .containsText(Pattern.compile("simile", Pattern.CASE_INSENSITIVE));
        assertThat(((Number) page.evaluate("() => Number(localStorage.getItem('brainbytes.outbox'))")).intValue())
                .as("questions the page believes are waiting")
                .isZero();
    }

    private void theLanguageStaysFilipinoAcrossPagesAndSessions(Page page, String email, String size) {
        page.locator("#lang-fil").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fil");
        page.navigate(platform.frontendUrl() + "/chat");
        assertThat(page.locator("html")).hasAttribute("lang", "fil");
        page.locator("#logout-button").click();
        page.waitForURL("**/login?logout");
        assertThat(page.locator("#login-button")).hasText("Mag-log in");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-button").click();
        page.waitForURL("**/chat");
        assertThat(page.locator("html")).hasAttribute("lang", "fil");
        Evidence.accessible(page, size, "18-filipino-after-new-session");
    }

    private void open(Page page, String path, String size, String name) {
        page.navigate(platform.frontendUrl() + path);
        Evidence.accessible(page, size, name);
    }

    static List<String> cspErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                errors.add(message.text());
            }
        });
        return errors;
    }

    private String frontendMetrics() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.managementUrl("frontend") + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
