package ph.brainbytes.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The student's own pages against the real services, at phone and desktop size: the profile (name, grade, region,
 * language, tutor mode), the picture, a new password, a copy of their data and erasure; the conversation list's
 * search (Filipino text too), rename, delete and paging; a verdict on an answer with and without JavaScript; and
 * math in an answer laid out as MathML. Every new page passes axe-core with no serious or critical violation, hostile
 * names and titles stay text, and first and later loads fit the data-saver budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentPagesIT {

    private static final String PASSWORD = "mahabang-password-2026";
    private static final String NEW_PASSWORD = "bagong-password-ng-2026";
    private static final String XSS_NAME = "<img src=x onerror=\"window.__xss='name'\">";
    private static final String XSS_TITLE = "<script>window.__xss='title'</script><b>Fractions</b>";
    private static final String MATH_QUESTION = "What is 1/2 + 1/4?";

    private Path files;
    private Platform platform;
    private Chromium chromium;

    @BeforeAll
    void startPlatform() throws Exception {
        Files.createDirectories(Evidence.SCREENSHOTS);
        files = Files.createDirectories(Path.of("target", "student-pages-files"));
        Path dataDir = Path.of("target", "student-pages-data");
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desktop"})
    void aStudentKeepsTheirProfilePictureAndPasswordAndTakesTheirDataAndLeaves(String size) throws Exception {
        try (BrowserContext context = chromium.browser().newContext(WebJourneyIT.viewport(chromium, size))) {
            Page page = context.newPage();
            List<String> cspErrors = WebJourneyIT.cspErrors(page);
            String email = signUp(page, "profile");

            page.locator("#nav-profile").click();
            page.waitForURL("**/profile");
            Evidence.accessible(page, size, "30-profile");
            assertThat(page.locator("#region option[value=REGION_VII]")).hasText("Central Visayas");

            page.locator("#displayName").fill(XSS_NAME);
            page.locator("#gradeLevel").selectOption("9");
            page.locator("#region").selectOption("REGION_VII");
            page.locator("#preferredLanguage").selectOption("fil");
            page.locator("#preferredMode-socratic").check();
            page.locator("#profile-save").click();
            assertThat(page.locator("#profile-notice")).hasText("Nai-save na ang iyong profile.");
            assertThat(page.locator("html")).hasAttribute("lang", "fil");
            assertThat(page.locator("header .who")).hasText(XSS_NAME);
            assertThat(page.locator("#displayName")).hasValue(XSS_NAME);
            assertThat(page.locator("#region")).hasValue("REGION_VII");
            assertThat(page.locator("#region option[value=REGION_VII]")).hasText("Gitnang Kabisayaan");
            assertThat(page.locator("#preferredMode-socratic")).isChecked();
            assertThat(page.locator("header img, main img")).hasCount(0);
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
            Evidence.accessible(page, size, "31-profile-saved-filipino");
            page.locator("#lang-en").click();

            thePictureIsCheckedShownAndRemoved(page, size);
            theNewPasswordIsTheOneThatWorks(page, email);
            myDataDownloadsAsJson(page, email);
            deletingTheAccountNeedsThePasswordAndSignsOut(page, email, size);
            assertThat(cspErrors).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desktop"})
    void conversationsAreSearchedRenamedDeletedAndPagedAndAnswersRatedWithMath(String size) {
        try (BrowserContext context = chromium.browser().newContext(WebJourneyIT.viewport(chromium, size))) {
            Page page = context.newPage();
            List<String> cspErrors = WebJourneyIT.cspErrors(page);
            signUp(page, "chats");

            String mathChat = newConversation(page, "math");
            ask(page, MATH_QUESTION);
            theAnswerShowsItsMathAsMathMl(page, size);
            aVerdictIsGivenWithoutReloadingAndKept(page, size);

            newConversation(page, "science");
            ask(page, "Ano ang ginagawa ng piña sa photosynthesis?");
            page.locator("#nav-chat").click();
            page.waitForURL("**/chat");

            page.locator("#search").fill("piña");
            page.locator("#search-button").click();
            assertThat(page.locator("#conversations > li")).hasCount(1);
            assertThat(page.locator("#search")).hasValue("piña");
            Evidence.accessible(page, size, "40-search");
            page.locator("#search").fill("1/2 + 1/4");
            page.locator("#search-button").click();
            assertThat(page.locator("#conversations > li")).hasCount(1);
            assertThat(page.locator("#conversations .conversation-link")).hasAttribute("href", "/chat/" + mathChat);
            page.locator("#search").fill("walang ganitong usapan");
            page.locator("#search-button").click();
            assertThat(page.locator("#no-results")).isVisible();

            page.navigate(platform.frontendUrl() + "/chat");
            Locator mathItem = page.locator(
                    "#conversations > li",
                    new Page.LocatorOptions().setHas(page.locator("a[href='/chat/" + mathChat + "']")));
            mathItem.locator("summary").click();
            mathItem.locator(".rename-title").fill(XSS_TITLE);
            mathItem.locator(".rename-button").click();
            assertThat(page.locator("#list-notice")).isVisible();
            assertThat(page.locator("#conversations .title")
                            .filter(new Locator.FilterOptions().setHasText("Fractions")))
                    .hasText(XSS_TITLE);
            assertThat(page.locator("#conversations script, #conversations b")).hasCount(0);
            assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
            Evidence.accessible(page, size, "41-renamed");

            int before = page.locator("#conversations > li").count();
            Locator first = page.locator("#conversations > li").first();
            first.locator("summary").click();
            first.locator(".delete-link").click();
            page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}/delete$"));
            Evidence.accessible(page, size, "42-delete-conversation");
            page.locator("#delete-cancel").click();
            assertThat(page.locator("#conversations > li")).hasCount(before);
            first = page.locator("#conversations > li").first();
            first.locator("summary").click();
            first.locator(".delete-link").click();
            page.locator("#delete-conversation").click();
            page.waitForURL("**/chat");
            assertThat(page.locator("#list-notice")).isVisible();
            assertThat(page.locator("#conversations > li")).hasCount(before - 1);

            olderConversationsAreOnTheNextPage(page, size);
            assertThat(cspErrors).isEmpty();
        }
    }

    @Test
    void aVerdictWorksWithoutJavaScript() {
        try (BrowserContext context =
                chromium.browser().newContext(chromium.phone().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            signUp(page, "nojs");
            newConversation(page, "math");
            page.locator("#question").fill(MATH_QUESTION);
            page.locator("#ask-button").click();
            Locator answer = page.locator("#messages li.message-tutor").first();
            assertThat(answer).isVisible();
            answer.locator(".feedback-reason").fill("Masyadong mabilis");
            answer.locator(".feedback-not-helpful").click();
            page.waitForLoadState();
            assertThat(page).hasURL(Pattern.compile(".*/chat/[0-9a-f-]{36}#answer-.*"));
            answer = page.locator("#messages li.message-tutor").first();
            assertThat(answer.locator(".verdict")).hasText("You found this answer not helpful.");
            assertThat(answer.locator(".feedback-not-helpful")).hasAttribute("aria-pressed", "true");
            assertThat(answer.locator(".feedback-reason")).hasValue("Masyadong mabilis");
            Evidence.screenshot(page, "phone", "45-verdict-without-javascript");
        }
    }

    /** First loads with an empty cache, later ones with it warm; the service worker is kept out of it. */
    @Test
    void theNewPagesFitTheDataSaverBudget() {
        try (BrowserContext context =
                chromium.browser().newContext(chromium.phone().setServiceWorkers(ServiceWorkerPolicy.BLOCK))) {
            Page page = context.newPage();
            TransferMeter meter = new TransferMeter(page);
            PageWeights weights = new PageWeights();
            signUp(page, "weight");
            String chat = "/chat/" + newConversation(page, "math");
            ask(page, MATH_QUESTION);
            weights.add("/profile", true, meter.load(platform.frontendUrl() + "/profile", true));
            weights.add("/chat/{id} math", true, meter.load(platform.frontendUrl() + chat, true));
            weights.add("/chat?q=", true, meter.load(platform.frontendUrl() + "/chat?q=pi%C3%B1a", true));
            weights.add("/profile", false, meter.load(platform.frontendUrl() + "/profile", false));
            weights.add("/profile/delete", false, meter.load(platform.frontendUrl() + "/profile/delete", false));
            weights.add("/chat/{id} math", false, meter.load(platform.frontendUrl() + chat, false));
            weights.add("/chat?q=", false, meter.load(platform.frontendUrl() + "/chat?q=1%2F2", false));
            weights.add("/chat/{id}/delete", false, meter.load(platform.frontendUrl() + chat + "/delete", false));
            System.out.println(weights.table());
            assertThat(weights.overBudget()).isEmpty();
        }
    }

    private void thePictureIsCheckedShownAndRemoved(Page page, String size) throws Exception {
        page.locator("#avatar-file")
                .setInputFiles(file("not-a-picture.png", "just text".getBytes(StandardCharsets.UTF_8)));
        page.locator("#avatar-upload").click();
        assertThat(page.locator("#avatar-error")).hasText(Pattern.compile("not a picture we can use"));
        Evidence.accessible(page, size, "32-avatar-not-an-image");

        // over the backend's 2 MB limit: the backend's refusal, translated
        byte[] large = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(large);
        page.locator("#avatar-file").setInputFiles(file("large.png", large));
        page.locator("#avatar-upload").click();
        assertThat(page.locator("#avatar-error")).hasText(Pattern.compile("too large"));

        page.locator("#avatar-file").setInputFiles(file("me.png", png()));
        page.locator("#avatar-upload").click();
        assertThat(page.locator("#profile-notice")).hasText("Your picture has been saved.");
        Locator avatar = page.locator("#avatar");
        assertThat(avatar).hasAttribute("loading", "lazy");
        avatar.scrollIntoViewIfNeeded();
        page.waitForFunction("() => document.getElementById('avatar').complete");
        assertThat(((Number) avatar.evaluate("img => img.naturalWidth")).intValue())
                .isPositive();
        assertThat(avatar.boundingBox().width).isEqualTo(96.0);
        Evidence.accessible(page, size, "33-avatar");

        page.locator("#avatar-remove").click();
        assertThat(page.locator("#profile-notice")).hasText("Your picture has been removed.");
        assertThat(page.locator("#no-avatar")).isVisible();
    }

    private void theNewPasswordIsTheOneThatWorks(Page page, String email) {
        page.locator("#currentPassword").fill("not-my-password-at-all");
        page.locator("#newPassword").fill(NEW_PASSWORD);
        page.locator("#password-change").click();
        assertThat(page.locator("#password-error")).hasText("Your current password is not right.");

        page.locator("#currentPassword").fill(PASSWORD);
        page.locator("#newPassword").fill(NEW_PASSWORD);
        page.locator("#password-change").click();
        assertThat(page.locator("#profile-notice")).hasText("Your password has been changed.");
        // this session goes on with the new password's tokens
        page.navigate(platform.frontendUrl() + "/chat");
        assertThat(page.locator("#conversations")).isAttached();

        page.locator("#logout-button").click();
        page.waitForURL("**/login?logout");
        logIn(page, email, PASSWORD);
        assertThat(page.locator("#login-error")).isVisible();
        logIn(page, email, NEW_PASSWORD);
        page.waitForURL("**/chat");
    }

    private void myDataDownloadsAsJson(Page page, String email) throws Exception {
        page.navigate(platform.frontendUrl() + "/profile");
        Download download =
                page.waitForDownload(() -> page.locator("#export-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("brainbytes-my-data.json");
        String json = Files.readString(download.path());
        assertThat(json).startsWith("{").contains(email);
    }

    private void deletingTheAccountNeedsThePasswordAndSignsOut(Page page, String email, String size) {
        page.locator("#delete-account-link").click();
        page.waitForURL("**/profile/delete");
        Evidence.accessible(page, size, "34-delete-account");
        page.locator("#delete-password").fill(PASSWORD);
        page.locator("#delete-account").click();
        assertThat(page.locator("#delete-error")).hasText("That password is not right. Your account was not deleted.");

        page.locator("#delete-password").fill(NEW_PASSWORD);
        page.locator("#delete-account").click();
        page.waitForURL("**/login?deleted");
        assertThat(page.locator("#account-deleted")).containsText("deleted");
        Evidence.accessible(page, size, "35-account-deleted");
        page.navigate(platform.frontendUrl() + "/profile");
        page.waitForURL("**/login");
        logIn(page, email, NEW_PASSWORD);
        assertThat(page.locator("#login-error")).isVisible();
    }

    private void theAnswerShowsItsMathAsMathMl(Page page, String size) {
        Locator answer = page.locator("#messages li.message-tutor:not(.message-streaming)")
                .first();
        assertThat(answer.locator("math mfrac").first()).isAttached();
        assertThat(answer.locator(".markdown")).containsText("Answer");
        // laid out by the browser's own MathML engine: the denominator stands below the numerator
        Object stacked = answer.locator("math mfrac")
                .first()
                .evaluate(
                        "f => f instanceof MathMLElement"
                                + " && f.children[1].getBoundingClientRect().top >= f.children[0].getBoundingClientRect().bottom - 1");
        assertThat(stacked).isEqualTo(true);
        page.reload();
        assertThat(page.locator("#messages li.message-tutor math mfrac").first())
                .isAttached();
        Evidence.accessible(page, size, "43-math-answer");
    }

    private void aVerdictIsGivenWithoutReloadingAndKept(Page page, String size) {
        page.evaluate("() => { window.__sameDocument = true; }");
        Locator answer = page.locator("#messages li.message-tutor").first();
        answer.locator(".feedback-reason").fill("Masyadong mabilis ang paliwanag");
        answer.locator(".feedback-not-helpful").click();
        assertThat(answer.locator(".verdict")).hasText("You found this answer not helpful.");
        assertThat(answer.locator(".feedback-not-helpful")).hasAttribute("aria-pressed", "true");
        assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
        Evidence.accessible(page, size, "44-verdict");

        page.reload();
        answer = page.locator("#messages li.message-tutor").first();
        assertThat(answer.locator(".verdict")).hasText("You found this answer not helpful.");
        assertThat(answer.locator(".feedback-reason")).hasValue("Masyadong mabilis ang paliwanag");
        answer.locator(".feedback-helpful").click();
        assertThat(answer.locator(".feedback-helpful")).hasAttribute("aria-pressed", "true");
        page.reload();
        assertThat(page.locator("#messages li.message-tutor").first().locator(".verdict"))
                .hasText("You found this answer helpful.");
    }

    /** The list shows 20 at a time, newest first; the "older" link opens the rest. */
    private void olderConversationsAreOnTheNextPage(Page page, String size) {
        int have = page.locator("#conversations > li").count();
        for (int i = have; i < 21; i++) {
            page.locator("#new-conversation").click();
            page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
            page.navigate(platform.frontendUrl() + "/chat");
        }
        assertThat(page.locator("#conversations > li")).hasCount(20);
        page.locator("#older-link").click();
        page.waitForURL(Pattern.compile(".*/chat\\?cursor=.+"));
        assertThat(page.locator("#conversations > li")).hasCount(1);
        assertThat(page.locator("#older-link")).hasCount(0);
        Evidence.accessible(page, size, "46-older");
    }

    private String signUp(Page page, String who) {
        String email = who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.ph";
        page.navigate(platform.frontendUrl() + "/signup");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#displayName").fill("Maria Clara");
        page.locator("#birthYear").fill("1990");
        page.locator("#consent").check();
        page.locator("#signup-button").click();
        page.waitForURL("**/chat");
        return email;
    }

    private void logIn(Page page, String email, String password) {
        page.navigate(platform.frontendUrl() + "/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("#login-button").click();
        page.waitForLoadState();
    }

    private String newConversation(Page page, String subject) {
        page.navigate(platform.frontendUrl() + "/chat");
        page.locator("#subject").selectOption(subject);
        page.locator("#new-conversation").click();
        page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }

    private static void ask(Page page, String question) {
        int answers = page.locator("#messages li.message-tutor").count();
        page.locator("#question").fill(question);
        page.locator("#ask-button").click();
        assertThat(page.locator("#messages li.message-tutor:not(.message-streaming)"))
                .hasCount(answers + 1);
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(files.resolve(name), content);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
