package ph.brainbytes.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The classes and admin calls against a scripted backend: paths, bodies, the user's token, the answers read. */
class StaffApisTest {

    private static final String BACKEND = "http://backend.test";
    private static final String CLASS = """
            {"id":"c-1","name":"Six","subject":"math","gradeLevel":6,"joinCode":"K7PM2QXR","tutorMode":"socratic",
             "questionsPerMinute":null,"questionsPerDay":40,"createdAt":"2026-11-25T04:00:00Z"}""";

    private MockRestServiceServer backend;
    private ClassroomApi classrooms;
    private AdminApi admin;

    @BeforeEach
    void setUp() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        RestClient.Builder builder = RestClient.builder();
        backend = MockRestServiceServer.bindTo(builder).build();
        BackendHttp http = new BackendHttp(builder, new BackendProperties(URI.create(BACKEND)));
        SessionTokens tokens = new SessionTokens();
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        UserCalls calls = new UserCalls(http, new AuthorizedCalls(http, tokens));
        classrooms = new ClassroomApi(calls);
        admin = new AdminApi(calls);
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aTeacherRunsAClass() {
        backend.expect(requestTo(BACKEND + "/api/v1/classes"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer a1"))
                .andExpect(content().json("{\"name\":\"Six\",\"subject\":null,\"gradeLevel\":6}"))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(CLASS));
        backend.expect(requestTo(BACKEND + "/api/v1/classes"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("{\"items\":[" + CLASS + "]}", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/c-1"))
                .andRespond(withSuccess(CLASS, MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/c-1/settings"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content()
                        .json("{\"tutorMode\":\"socratic\",\"questionsPerMinute\":null,\"questionsPerDay\":40}"))
                .andRespond(withSuccess(CLASS, MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/c-1/join-code"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess(CLASS, MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/c-1/members"))
                .andRespond(withSuccess("""
                        {"items":[{"userId":"s-1","displayName":"Ana","gradeLevel":6,"joinedAt":"2026-11-25T04:00:00Z",
                         "lastActiveAt":null,"questionsToday":0,"questionsTotal":3}]}""", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/c-1/flags"))
                .andRespond(withSuccess("""
                        {"items":[{"learnerId":"s-1","displayName":"Ana","conversationId":"v-1","answerId":"a-1",
                         "category":"self-harm","flaggedAt":"2026-11-25T04:00:00Z","question":"tulong"}]}""", MediaType.APPLICATION_JSON));

        assertThat(classrooms.create("Six", null, 6).joinCode()).isEqualTo("K7PM2QXR");
        assertThat(classrooms.classes())
                .singleElement()
                .satisfies(c -> assertThat(c.questionsPerDay()).isEqualTo(40));
        assertThat(classrooms.managed("c-1").tutorMode()).isEqualTo("socratic");
        classrooms.configure("c-1", new ClassSettings("socratic", null, 40));
        classrooms.regenerateCode("c-1");
        assertThat(classrooms.members("c-1")).singleElement().satisfies(m -> {
            assertThat(m.lastActiveAt()).isNull();
            assertThat(m.questionsTotal()).isEqualTo(3);
        });
        assertThat(classrooms.flags("c-1"))
                .singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo("self-harm"));
        backend.verify();
    }

    @Test
    void aStudentJoinsListsAndLeaves() {
        backend.expect(requestTo(BACKEND + "/api/v1/classes/join"))
                .andExpect(content().json("{\"code\":\"K7PM2QXR\"}"))
                .andRespond(withSuccess(
                        "{\"id\":\"c-1\",\"name\":\"Six\",\"subject\":null,\"gradeLevel\":null,\"tutorMode\":null}",
                        MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/joined"))
                .andRespond(withSuccess("{\"items\":[]}", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/classes/c-1/membership"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withNoContent());
        backend.expect(requestTo(BACKEND + "/api/v1/classes/join"))
                .andRespond(withStatus(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"type\":\"https://brainbytes.ph/problems/join-code-unknown\",\"status\":404}"));

        assertThat(classrooms.join("K7PM2QXR").name()).isEqualTo("Six");
        assertThat(classrooms.joined()).isEmpty();
        classrooms.leave("c-1");
        assertThatThrownBy(() -> classrooms.join("NOPE"))
                .isInstanceOfSatisfying(
                        BackendProblemException.class, e -> assertThat(e.slug()).isEqualTo("join-code-unknown"));
        backend.verify();
    }

    @Test
    void anAdminPagesThroughUsersInvitesAndTheAuditLog() {
        backend.expect(requestTo(BACKEND + "/api/v1/admin/users?page=1&size=25&q=ana%2B1%40example.ph&role=STUDENT"))
                .andRespond(withSuccess("""
                        {"items":[{"id":"u-2","email":"ana+1@example.ph","displayName":"Ana","role":"STUDENT",
                         "createdAt":"2026-11-25T04:00:00Z"}],"page":1,"size":25,"totalItems":26}""", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/admin/users?page=0&size=25"))
                .andRespond(withSuccess(
                        "{\"items\":[],\"page\":0,\"size\":25,\"totalItems\":0}", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/admin/users/u-2/role"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(content().json("{\"role\":\"TEACHER\"}"))
                .andRespond(withSuccess("""
                        {"id":"u-2","email":"ana+1@example.ph","displayName":"Ana","role":"TEACHER",
                         "createdAt":"2026-11-25T04:00:00Z"}""", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/admin/invites"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"validForDays\":3}"))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("""
                        {"id":"i-1","role":"TEACHER","status":"open","createdBy":"a-1","createdAt":"2026-11-25T04:00:00Z",
                         "expiresAt":"2026-11-28T04:00:00Z","usedAt":null,"usedBy":null,"code":"ABCD2345EFGH6789"}"""));
        backend.expect(requestTo(BACKEND + "/api/v1/admin/invites?page=0&size=25"))
                .andRespond(withSuccess(
                        "{\"items\":[],\"page\":0,\"size\":25,\"totalItems\":0}", MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/admin/audit?type=ROLE_CHANGED&page=0&size=25"))
                .andRespond(withSuccess("""
                        {"items":[{"id":"e-1","occurredAt":"2026-11-25T04:00:00Z","type":"ROLE_CHANGED","actorId":"a-1",
                         "actorName":"Ligaya","subjectId":"u-2","subjectName":null,"address":null,"detail":"TEACHER"}],"page":0,"size":25,"totalItems":1}""", MediaType.APPLICATION_JSON));

        BackendPage<UserSummary> users = admin.users("ana+1@example.ph", "STUDENT", 1);
        assertThat(users.items())
                .singleElement()
                .satisfies(u -> assertThat(u.email()).isEqualTo("ana+1@example.ph"));
        assertThat(users.hasPrevious()).isTrue();
        assertThat(users.hasNext()).isFalse();
        assertThat(users.shownNumber()).isEqualTo(2);
        assertThat(users.pageCount()).isEqualTo(2);
        assertThat(admin.users(null, null, 0).pageCount()).isEqualTo(1);
        assertThat(admin.changeRole("u-2", "TEACHER").role()).isEqualTo("TEACHER");
        assertThat(admin.createInvite(3).code()).isEqualTo("ABCD2345EFGH6789");
        assertThat(admin.invites(0).hasNext()).isFalse();
        assertThat(admin.audit("ROLE_CHANGED", 0).items()).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo("TEACHER");
            assertThat(e.actorName()).isEqualTo("Ligaya");
            assertThat(e.subjectName()).as("a deleted account").isNull();
        });
        backend.verify();
    }
}
