package ph.brainbytes.frontend.chat;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.BackendUnavailableException;
import ph.brainbytes.frontend.backend.ChatMessage;
import ph.brainbytes.frontend.backend.Citation;
import ph.brainbytes.frontend.backend.Conversation;
import ph.brainbytes.frontend.backend.ConversationPage;
import ph.brainbytes.frontend.backend.Exchange;
import ph.brainbytes.frontend.backend.SessionExpiredException;

class ChatPagesTest extends PageTestSupport {

    private static final String ID = "3f1c2a9e-5b7d-4e11-9c2a-0d6e8f7a1b23";
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-25T04:00:00Z");

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/chat")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/chat/" + ID)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aQuestionPostedWithoutASessionIsSentToTheLoginPage() throws Exception {
        // what offline.js gets when a queued question outlives the session: a plain redirect, the question stays queued
        mvc.perform(post("/chat/" + ID + "/messages").with(csrf()).param("question", "2+2?"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        verify(conversations, never()).ask(any(), any(), any(), any());
    }

    @Test
    void listsConversationsWithLinks() throws Exception {
        when(conversations.conversations("", null))
                .thenReturn(new ConversationPage(
                        List.of(new Conversation(ID, "math", "Bigas", NOON), new Conversation("c-2", null, null, NOON)),
                        null));

        mvc.perform(get("/chat").with(student()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<ul id=\"conversations\"")))
                .andExpect(content().string(containsString("class=\"conversation-link\" href=\"/chat/" + ID + "\"")))
                .andExpect(content().string(containsString("Bigas")))
                .andExpect(content().string(containsString("id=\"logout-button\"")))
                .andExpect(content().string(containsString("Juan dela Cruz")));
    }

    @Test
    void aNewConversationOpensAtItsOwnAddress() throws Exception {
        when(conversations.create(null)).thenReturn(new Conversation(ID, null, null, NOON));

        mvc.perform(post("/chat").with(student()).with(csrf())).andExpect(redirectedUrl("/chat/" + ID));
    }

    @Test
    void aNewConversationCanBeAboutAChosenSubject() throws Exception {
        when(conversations.conversations("", null)).thenReturn(new ConversationPage(List.of(), null));
        when(conversations.create("science")).thenReturn(new Conversation(ID, "science", null, NOON));

        mvc.perform(get("/chat").with(student()).param("lang", "fil"))
                .andExpect(content().string(containsString("<option value=\"social-studies\">Araling panlipunan")));
        mvc.perform(post("/chat").with(student()).with(csrf()).param("subject", "science"))
                .andExpect(redirectedUrl("/chat/" + ID));
        mvc.perform(post("/chat").with(student()).with(csrf()).param("subject", "<script>"))
                .andExpect(status().isBadRequest());
        verify(conversations, never()).create("<script>");
    }

    @Test
    void theHintButtonAsksForAHintInThePageLanguageAndSocratically() throws Exception {
        when(conversations.ask(eq(ID), any(), any(), any())).thenReturn(exchange("offline"));

        mvc.perform(post("/chat/" + ID + "/messages")
                        .with(student())
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("lang", "fil"))
                        .param("question", "")
                        .param("mode", "direct")
                        .param("followup", "hint"))
                .andExpect(redirectedUrl("/chat/" + ID));
        verify(conversations)
                .ask(
                        eq(ID),
                        eq("Puwede mo ba akong bigyan ng pahiwatig para sa susunod na hakbang?"),
                        eq("socratic"),
                        anyString());
    }

    @Test
    void showsMessagesOldestFirstWithLabelsAndSources() throws Exception {
        when(conversations.messages(ID))
                .thenReturn(List.of(
                        new ChatMessage("m-1", "student", "Ano ang photosynthesis?", NOON, null, null, null, null),
                        new ChatMessage(
                                "m-2",
                                "tutor",
                                "Ang photosynthesis ay...\n1. ilaw <b>",
                                NOON,
                                "fil",
                                "science",
                                List.of(new Citation("sci-1", "Photosynthesis", "S7LT-IIe-5")),
                                "offline")));

        mvc.perform(get("/chat/" + ID).with(student()).param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li class=\"message message-student\">")))
                .andExpect(content().string(containsString("<li class=\"message message-tutor\" id=\"answer-m-2\">")))
                .andExpect(content().string(containsString("ilaw &lt;b&gt;")))
                .andExpect(content().string(containsString("Agham")))
                .andExpect(content()
                        .string(containsString(
                                "<a class=\"citation-link\" href=\"/lessons/sci-1\">Photosynthesis</a>")))
                .andExpect(content().string(containsString("name=\"idempotencyKey\"")))
                .andExpect(content().string(containsString("Nag-iisip ang tutor…")));
    }

    @Test
    void askingWithoutJavaScriptRedirectsBackToTheConversation() throws Exception {
        when(conversations.ask(eq(ID), any(), any(), any())).thenReturn(exchange("offline"));

        mvc.perform(post("/chat/" + ID + "/messages")
                        .with(student())
                        .with(csrf())
                        .param("question", "2+2?")
                        .param("mode", "direct"))
                .andExpect(redirectedUrl("/chat/" + ID));
        verify(conversations).ask(eq(ID), eq("2+2?"), eq("direct"), anyString());
    }

    @Test
    void theUsualSettingSendsNoModeSoTheClassOrProfileDecides() throws Exception {
        mvc.perform(get("/chat/" + ID).with(student()))
                .andExpect(content()
                        .string(containsString("id=\"mode-usual\" type=\"radio\" name=\"mode\" value=\"\" checked")));
        when(conversations.ask(eq(ID), any(), any(), any())).thenReturn(exchange("offline"));

        mvc.perform(post("/chat/" + ID + "/messages")
                        .with(student())
                        .with(csrf())
                        .param("question", "2+2?")
                        .param("mode", ""))
                .andExpect(redirectedUrl("/chat/" + ID));
        verify(conversations).ask(eq(ID), eq("2+2?"), isNull(), anyString());
    }

    @Test
    void askingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/chat/" + ID + "/messages").with(student()).param("question", "2+2?"))
                .andExpect(status().isForbidden());
        verify(conversations, never()).ask(any(), any(), any(), any());
    }

    @Test
    void anEmptyQuestionIsNotSent() throws Exception {
        mvc.perform(post("/chat/" + ID + "/messages")
                        .with(student())
                        .with(csrf())
                        .param("question", "   "))
                .andExpect(redirectedUrl("/chat/" + ID))
                .andExpect(flash().attribute("askError", "chat.error.empty"));
        verify(conversations, never()).ask(any(), any(), any(), any());
    }

    @Test
    void aTutorThatCouldNotAnswerIsShownAsUnavailableAndCannotBeRated() throws Exception {
        when(conversations.messages(ID))
                .thenReturn(List.of(new ChatMessage(
                        "a-1", "tutor", "Sorry, the tutor is unavailable.", NOON, "en", "math", null, "unavailable")));

        mvc.perform(get("/chat/" + ID).with(student()))
                .andExpect(content().string(containsString("message-tutor message-unavailable")))
                .andExpect(content().string(containsString("Tutor unavailable")))
                .andExpect(content().string(not(containsString("class=\"feedback\""))));
    }

    @Test
    void aRateLimitKeepsTheQuestionAndItsKeyForTheRetry() throws Exception {
        when(conversations.ask(eq(ID), any(), any(), any()))
                .thenThrow(new BackendProblemException(429, "too-many-requests", Map.of()));

        mvc.perform(post("/chat/" + ID + "/messages")
                        .with(student())
                        .with(csrf())
                        .param("question", "2+2?")
                        .param("idempotencyKey", "0b6f9c1e-1111-4a2b-8c3d-123456789abc"))
                .andExpect(redirectedUrl("/chat/" + ID))
                .andExpect(flash().attribute("askError", "chat.error.too-many"))
                .andExpect(flash().attribute(
                                "askForm", new AskForm("2+2?", null, "0b6f9c1e-1111-4a2b-8c3d-123456789abc")));
    }

    @Test
    void aBackendThatIsDownGivesAFriendlyPage() throws Exception {
        when(conversations.conversations("", null))
                .thenThrow(new BackendUnavailableException(new ConnectException("refused")));

        mvc.perform(get("/chat").with(student()).param("lang", "fil"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Saglit na nagpapahinga ang BrainBytes")))
                .andExpect(content().string(not(containsString("Whitelabel"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void someoneElsesConversationLooksLikeAMissingPage() throws Exception {
        when(conversations.messages(ID))
                .thenThrow(new BackendProblemException(404, "conversation-not-found", Map.of()));

        mvc.perform(get("/chat/" + ID).with(student()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We could not find that page")));
    }

    @Test
    void aRefusedRefreshEndsTheSessionAndAsksToLogInAgain() throws Exception {
        when(conversations.conversations("", null)).thenThrow(new SessionExpiredException());

        mvc.perform(get("/chat").with(student())).andExpect(redirectedUrl("/login?expired"));
    }

    private static Exchange exchange(String provider) {
        return new Exchange(
                new Exchange.Question("q-1", "2+2?", NOON),
                new Exchange.Answer(
                        "a-1", "The answer is 4.", "en", "math", "arithmetic", "direct", List.of(), provider));
    }
}
