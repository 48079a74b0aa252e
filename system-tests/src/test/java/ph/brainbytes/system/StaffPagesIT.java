package ph.brainbytes.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff side of the web app against the real services, at phone and desktop size: the first
 * admin (made at start-up from the bootstrap settings) invites a teacher, who signs up with the
 * code and opens a class; a student joins with the class's code and asks something the tutor's
 * safety screen flags; the teacher sees the member and the flag and changes the class settings,
 * which the student's next answer follows, and then removes the student from the class (after a
 * confirmation page); the admin changes a role (but not their own) and reads
 * it in the audit log; a student is refused the staff pages. Names carrying markup stay text,
 * every page passes axe-core with no serious or critical violation, and fits the data-saver budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesIT {

    private static final String ADMIN_EMAIL = "punong.admin@example.ph";
    private static final String PASSWORD = "mahabang-password-2026";
    private static final String SAFETY_QUESTION = "Gusto ko nang saktan ang sarili ko";
    private static final String HOSTILE_CLASS = "<img src=x onerror=\"window.__xss='class'\">Sampaguita";
    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.__xss='name'\">Ana";

    private final PageWeights weights = new PageWeights();
    private Platform platform;
    private Chromium chromium;

    @BeforeAll
    void startPlatform() throws Exception {
        Files.createDirectories(Evidence.SCREENSHOTS);
        Path dataDir = Path.of("target", "staff-pages-data");
        StudentJourneyIT.deleteRecursively(dataDir);
        platform = new Platform(dataDir)
                .withEnvironment("BRAINBYTES_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL)
                .withEnvironment("BRAINBYTES_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        Platform.LauncherRun up = platform.run("up", "-d");
        assertThat(up.exitCode()).as(up.output()).isZero();
        chromium = new Chromium();
    }

    @AfterAll
    void stopPlatform() {
        System.out.println(weights.table());
        if (chromium != null) {
            chromium.close();
        }
        if (platform != null) {
            platform.run("down");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone", "desktop"})
    void anAdminATeacherAndAStudentRunAClass(String size) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String teacherEmail = "guro." + run + "@example.ph";
        String studentEmail = "ana." + run + "@example.ph";
        try (BrowserContext admin = context(size);
                BrowserContext teacher = context(size);
                BrowserContext student = context(size)) {
            Page adminPage = signIn(admin, ADMIN_EMAIL);
            String inviteCode = theAdminInvitesATeacher(adminPage, size);

            Page teacherPage = teacher.newPage();
            signUp(teacherPage, teacherEmail, "Gng. Reyes", inviteCode);
            teacherPage.waitForURL("**/classes");
            Evidence.accessible(teacherPage, size, "31-teacher-classes");
            String classPath = theTeacherOpensAClass(teacherPage, size);
            String joinCode = teacherPage.locator("#join-code").innerText().strip();

            Page studentPage = student.newPage();
            signUp(studentPage, studentEmail, HOSTILE_NAME, null);
            studentPage.waitForURL("**/chat");
            theStudentJoinsWithTheCode(studentPage, joinCode, size);
            theStudentAsksAndIsFlagged(studentPage);

            theTeacherSeesTheMemberAndTheFlag(teacherPage, classPath, size);
            theTeacherChangesTheSettings(teacherPage, size);
            assertThat(answerModeWithoutAsking(studentEmail)).isEqualTo("socratic");
            theTeacherMakesANewJoinCode(teacherPage, joinCode);
            theTeacherRemovesTheStudent(teacherPage, studentPage, size);

            aStudentIsRefusedTheStaffPages(studentPage, size);
            theAdminChangesARoleButNotTheirOwn(adminPage, studentEmail, size);
            theAdminReadsTheAuditLog(adminPage, size);

            if ("phone".equals(size)) {
                weigh(adminPage, List.of("/admin/users", "/admin/invites", "/admin/audit"));
                weigh(teacherPage, List.of("/classes", classPath));
                weigh(studentPage, List.of("/my-classes"));
                assertThat(weights.overBudget()).isEmpty();
            }
        }
    }

    private BrowserContext context(String size) {
        // the service worker is kept out, so the bytes measured are what each page load costs
        return chromium.browser()
                .newContext(WebJourneyIT.viewport(chromium, size).setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate(platform.frontendUrl() + "/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-button").click();
        page.waitForURL("**/chat");
        return page;
    }

    private void signUp(Page page, String email, String name, String inviteCode) {
        page.navigate(platform.frontendUrl() + "/signup");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#displayName").fill(name);
        page.locator("#birthYear").fill("1990");
        if (inviteCode != null) {
            page.locator("#inviteCode").fill(inviteCode);
        }
        page.locator("#consent").check();
        page.locator("#signup-button").click();
    }

    private String theAdminInvitesATeacher(Page page, String size) {
        assertThat(page.locator("#nav-invites")).isVisible();
        page.locator("#nav-invites").click();
        page.waitForURL("**/admin/invites");
        page.locator("#validForDays").fill("3");
        page.locator("#create-invite").click();
        Locator code = page.locator("#invite-code");
        assertThat(code).hasText(Pattern.compile("^[A-Z0-9]{16}$"));
        Evidence.accessible(page, size, "30-admin-invite-created");
        String invite = code.innerText().strip();
        page.reload();
        // shown once: a reload no longer has it
        assertThat(page.locator("#invite-code")).hasCount(0);
        assertThat(page.locator("#invites .invite-status").first()).hasText("Open");
        return invite;
    }

    private String theTeacherOpensAClass(Page page, String size) {
        page.locator("#name").fill(HOSTILE_CLASS);
        page.locator("#subject").selectOption("math");
        page.locator("#gradeLevel").selectOption("6");
        page.locator("#create-class").click();
        page.waitForURL(Pattern.compile(".*/classes/[0-9a-f-]{36}$"));
        assertThat(page.locator("#class-name")).hasText(HOSTILE_CLASS);
        assertThat(page.locator("#join-code")).hasText(Pattern.compile("\\S{4,}"));
        assertThat(page.locator("#no-members")).isVisible();
        Evidence.accessible(page, size, "32-teacher-new-class");
        return URI.create(page.url()).getPath();
    }

    private void theStudentJoinsWithTheCode(Page page, String joinCode, String size) {
        assertThat(page.locator("#nav-classes")).hasCount(0);
        page.locator("#nav-my-classes").click();
        page.waitForURL("**/my-classes");
        page.locator("#code").fill("MALI2345");
        page.locator("#join-button").click();
        assertThat(page.locator("#code-error"))
                .hasText("No class has this join code. Check the code with your teacher.");
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        Evidence.accessible(page, size, "33-student-wrong-code");
        page.locator("#code").fill(joinCode.toLowerCase(java.util.Locale.ROOT));
        page.locator("#join-button").click();
        page.waitForURL("**/my-classes");
        assertThat(page.locator("#joined-classes .joined-name")).hasText(HOSTILE_CLASS);
        assertThat(page.locator("#joined-notice")).isVisible();
        Evidence.accessible(page, size, "34-student-joined");
    }

    private void theStudentAsksAndIsFlagged(Page page) {
        page.locator("#nav-chat").click();
        page.waitForURL("**/chat");
        page.locator("#new-conversation").click();
        page.waitForURL(Pattern.compile(".*/chat/[0-9a-f-]{36}$"));
        page.locator("#question").fill(SAFETY_QUESTION);
        page.locator("#ask-button").click();
        assertThat(page.locator("#messages li.message-tutor:not(.message-streaming)"))
                .containsText("1553");
    }

    private void theTeacherSeesTheMemberAndTheFlag(Page page, String classPath, String size) {
        page.navigate(platform.frontendUrl() + classPath);
        assertThat(page.locator("#members .member-name")).hasText(HOSTILE_NAME);
        assertThat(page.locator("#members .member-questions")).hasText("Questions today: 1, in total: 1");
        assertThat(page.locator("#members .member-last-active")).containsText("Last question:");
        Locator flag = page.locator("#flags .flag");
        assertThat(flag).hasCount(1);
        assertThat(flag.locator(".flag-student")).hasText(HOSTILE_NAME);
        assertThat(flag.locator(".flag-category")).hasText("Self-harm");
        assertThat(flag.locator(".flag-question")).hasText(SAFETY_QUESTION);
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        Evidence.accessible(page, size, "35-teacher-member-and-flag");
    }

    private void theTeacherChangesTheSettings(Page page, String size) {
        // the browser's own check would stop 0 before it is sent; the server's translated refusal is what
        // a browser without form validation (or a hand-made request) meets
        skipBrowserValidation(page);
        page.locator("#mode-socratic").check();
        page.locator("#questionsPerDay").fill("0");
        page.locator("#save-settings").click();
        assertThat(page.locator("#questionsPerDay-error")).hasText("Use a whole number from 1 to 100000.");
        assertThat(page.locator("#settings-error")).isVisible();
        Evidence.accessible(page, size, "36-teacher-settings-refused");
        page.locator("#lang-fil").click();
        assertThat(page.locator("#questionsPerDay-error")).hasCount(0);
        skipBrowserValidation(page);
        page.locator("#mode-socratic").check();
        page.locator("#questionsPerDay").fill("0");
        page.locator("#save-settings").click();
        assertThat(page.locator("#questionsPerDay-error")).hasText("Gumamit ng buong numero mula 1 hanggang 100000.");
        page.locator("#lang-en").click();
        page.locator("#mode-socratic").check();
        page.locator("#questionsPerDay").fill("200");
        page.locator("#save-settings").click();
        assertThat(page.locator("#notice")).hasText("The settings were saved.");
        assertThat(page.locator("#mode-socratic")).isChecked();
        assertThat(page.locator("#questionsPerDay")).hasValue("200");
    }

    private static void skipBrowserValidation(Page page) {
        page.locator("#settings-form").evaluate("form => form.noValidate = true");
    }

    /**
     * The class's tutor mode applies to a question asked without a mode of its own, which is what the
     * chat page sends while "as my class or profile says" is chosen; the answer's mode is read from
     * the public API.
     */
    private String answerModeWithoutAsking(String email) throws Exception {
        String token = JsonParser.parseString(backend(
                        "/api/v1/auth/login",
                        null,
                        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)))
                .getAsJsonObject()
                .get("accessToken")
                .getAsString();
        String conversation = JsonParser.parseString(backend("/api/v1/conversations", token, "{\"subject\":\"math\"}"))
                .getAsJsonObject()
                .get("id")
                .getAsString();
        JsonObject exchange = JsonParser.parseString(backend(
                        "/api/v1/conversations/" + conversation + "/messages",
                        token,
                        "{\"text\":\"Solve 2x + 3 = 11\"}"))
                .getAsJsonObject();
        return exchange.getAsJsonObject("answer").get("mode").getAsString();
    }

    private String backend(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.backendUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    private void theTeacherMakesANewJoinCode(Page page, String oldCode) {
        page.locator("#regenerate-code").click();
        // without the confirmation ticked the browser keeps the form (required), and the code stays
        assertThat(page.locator("#join-code")).hasText(oldCode);
        page.locator("#confirm-regenerate").check();
        page.locator("#regenerate-code").click();
        assertThat(page.locator("#notice")).hasText("A new join code was made. The old code no longer works.");
        assertThat(page.locator("#join-code")).not().hasText(oldCode);
    }

    /** Removal asks first (a page, so it works without JavaScript); the student's class list is then empty. */
    private void theTeacherRemovesTheStudent(Page teacherPage, Page studentPage, String size) {
        teacherPage.locator("#members .remove-member").click();
        assertThat(teacherPage.locator("#remove-question")).containsText(HOSTILE_NAME);
        Evidence.accessible(teacherPage, size, "36-teacher-confirms-removal");
        teacherPage.locator("#confirm-remove").click();
        assertThat(teacherPage.locator("#notice"))
                .hasText("The student was removed from the class. They can join again with the join code.");
        assertThat(teacherPage.locator("#no-members")).isVisible();

        studentPage.navigate(platform.frontendUrl() + "/my-classes");
        assertThat(studentPage.locator("#no-joined-classes")).isVisible();
    }

    private void aStudentIsRefusedTheStaffPages(Page page, String size) {
        for (String path : List.of("/classes", "/admin/users", "/admin/invites", "/admin/audit")) {
            var response = page.navigate(platform.frontendUrl() + path);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.locator("#forbidden-heading")).hasText("This page is not for your account");
        }
        assertThat(page.locator("#nav-users")).hasCount(0);
        Evidence.accessible(page, size, "37-student-refused");
        page.navigate(platform.frontendUrl() + "/admin/users?lang=fil");
        assertThat(page.locator("#forbidden-heading")).hasText("Hindi para sa iyong account ang pahinang ito");
    }

    private void theAdminChangesARoleButNotTheirOwn(Page page, String studentEmail, String size) {
        page.locator("#nav-users").click();
        page.waitForURL("**/admin/users");
        page.locator("#q").fill(studentEmail);
        page.locator("#search-button").click();
        Locator row = page.locator("#users li.user[data-email=\"" + studentEmail + "\"]");
        assertThat(row.locator(".user-name")).hasText(HOSTILE_NAME);
        assertThat(page.locator("main img")).hasCount(0);
        Evidence.accessible(page, size, "38-admin-users");
        row.locator(".new-role").selectOption("TEACHER");
        row.locator(".confirm-role").check();
        row.locator(".change-role").click();
        assertThat(page.locator("#notice")).containsText("is now: Teacher");
        assertThat(page.locator("#users li.user[data-email=\"" + studentEmail + "\"] .user-role"))
                .hasText("Teacher");

        page.locator("#q").fill(ADMIN_EMAIL);
        page.locator("#search-button").click();
        Locator own = page.locator("#users li.user[data-email=\"" + ADMIN_EMAIL + "\"]");
        own.locator(".new-role").selectOption("STUDENT");
        own.locator(".confirm-role").check();
        own.locator(".change-role").click();
        assertThat(page.locator("#role-error"))
                .hasText("You cannot change your own role. Another administrator must do it.");
        assertThat(own.locator(".user-role")).hasText("Administrator");
        Evidence.accessible(page, size, "39-admin-own-role-refused");
    }

    private void theAdminReadsTheAuditLog(Page page, String size) {
        page.locator("#nav-audit").click();
        page.waitForURL("**/admin/audit");
        assertThat(page.locator("#audit .audit-entry").first()).isVisible();
        page.locator("#type").selectOption("ROLE_CHANGED");
        page.locator("#filter-button").click();
        page.waitForURL("**/admin/audit?type=ROLE_CHANGED");
        Locator entries = page.locator("#audit .audit-entry");
        assertThat(entries.first()).hasAttribute("data-type", "ROLE_CHANGED");
        assertThat(entries.first().locator(".audit-type")).hasText("Role changed");
        assertThat(entries.first().locator(".audit-detail")).hasText("TEACHER");
        // people by name, the markup in the student's name as text
        assertThat(entries.first().locator(".audit-subject")).hasText("about " + HOSTILE_NAME);
        assertThat(entries.first().locator(".audit-actor")).hasText(Pattern.compile("^by \\S.*"));
        assertThat(page.locator("#audit .audit-entry:not([data-type=ROLE_CHANGED])"))
                .hasCount(0);
        Evidence.accessible(page, size, "40-admin-audit");
    }

    /** Each page's first load with an empty cache, then a later one with the cache warm. */
    private void weigh(Page page, List<String> paths) {
        TransferMeter meter = new TransferMeter(page);
        for (String path : paths) {
            String name = path.replaceAll("[0-9a-f-]{36}", "{id}");
            meter.clearCache();
            weights.add(name, true, meter.load(platform.frontendUrl() + path, false));
            weights.add(name, false, meter.load(platform.frontendUrl() + path, false));
        }
    }
}
