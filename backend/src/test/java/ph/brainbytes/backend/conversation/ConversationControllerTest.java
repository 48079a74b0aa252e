package ph.brainbytes.backend.conversation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ph.brainbytes.backend.auth.ApiSecurityTestConfig;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.ApiException;
import ph.brainbytes.common.problem.ProblemAutoConfiguration;

@WebMvcTest(ConversationController.class)
@ActiveProfiles("test")
@ApiSecurityTestConfig
@ImportAutoConfiguration(ProblemAutoConfiguration.class)
@Import(Texts.class)
class ConversationControllerTest {

    private static final UUID STUDENT = UUID.randomUUID();
    private static final UUID CONVERSATION = UUID.randomUUID();

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Conversations conversations;

    @MockitoBean
    private Questions questions;

    @Test
    void withoutATokenTheAnswerIsAnUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/conversations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/unauthorized"));
        verifyNoInteractions(conversations);
    }

    @Test
    void aForgedTokenIsUnauthorizedToo() throws Exception {
        mvc.perform(get("/api/v1/conversations").header("Authorization", "Bearer not.a.jwt"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/unauthorized"));
    }

    @Test
    void createsAConversation() throws Exception {
        given(conversations.create(STUDENT, "math", "Fractions"))
                .willReturn(new Conversation(STUDENT, "math", "Fractions", Instant.parse("2026-06-01T08:00:00Z")));

        mvc.perform(asStudent(post("/api/v1/conversations"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"math\", \"title\": \"Fractions\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.subject").value("math"))
                .andExpect(jsonPath("$.title").value("Fractions"))
                .andExpect(jsonPath("$.createdAt").value("2026-06-01T08:00:00Z"));
    }

    @Test
    void anUnknownSubjectOrOverlongTitleIsRefused() throws Exception {
        mvc.perform(asStudent(post("/api/v1/conversations"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"astrology\", \"title\": \"%s\"}".formatted("t".repeat(121))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.subject").exists())
                .andExpect(jsonPath("$.errors.title").exists());
    }

    @Test
    void aQuestionMustHaveTextOfAtMost4000Characters() throws Exception {
        for (String text : List.of("", "   ", "x".repeat(4001))) {
            mvc.perform(asStudent(post("/api/v1/conversations/{id}/messages", CONVERSATION))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\": \"%s\", \"mode\": \"lecture\"}".formatted(text)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.text").exists())
                    .andExpect(jsonPath("$.errors.mode").exists());
        }
        verifyNoInteractions(questions);
    }

    @Test
    void anOverlongIdempotencyKeyIsRefused() throws Exception {
        mvc.perform(asStudent(post("/api/v1/conversations/{id}/messages", CONVERSATION))
                        .header("Idempotency-Key", "k".repeat(101))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"What is 2 + 2?\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists());
        verifyNoInteractions(questions);
    }

    @Test
    void anOverlongSearchIsRefused() throws Exception {
        mvc.perform(asStudent(get("/api/v1/conversations").param("q", "q".repeat(121))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.q").exists());
    }

    @Test
    void aConversationIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(asStudent(get("/api/v1/conversations/{id}/messages", "abc")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void someoneElsesConversationIsNotFound() throws Exception {
        given(conversations.transcript(STUDENT, CONVERSATION))
                .willThrow(new ApiException(HttpStatus.NOT_FOUND, "conversation-not-found", "There is no such one."));

        mvc.perform(asStudent(get("/api/v1/conversations/{id}/messages", CONVERSATION)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/conversation-not-found"));
    }

    @Test
    void passesTheSearchAndCursorThrough() throws Exception {
        given(conversations.list(eq(STUDENT), eq("photo"), any()))
                .willReturn(new Views.ConversationPage(List.of(), null));

        mvc.perform(asStudent(get("/api/v1/conversations").param("q", "photo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
    }

    private static MockHttpServletRequestBuilder asStudent(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.subject(STUDENT.toString())));
    }
}
