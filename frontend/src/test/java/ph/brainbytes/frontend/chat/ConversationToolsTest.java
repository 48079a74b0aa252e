package ph.brainbytes.frontend.chat;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ChatMessage;
import ph.brainbytes.frontend.backend.Conversation;
import ph.brainbytes.frontend.backend.ConversationPage;
import ph.brainbytes.frontend.backend.Verdict;

/** Search, paging, rename and delete on the conversation list; verdicts on the tutor's answers. */
class ConversationToolsTest extends PageTestSupport {

    private static final String ID = "3f1c2a9e-5b7d-4e11-9c2a-0d6e8f7a1b23";
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-25T04:00:00Z");

    @Test
    void aFilipinoSearchReachesTheBackendAndKeepsTheOlderLink() throws Exception {
        when(conversations.conversations("niño at bigas", null))
                .thenReturn(new ConversationPage(List.of(new Conversation(ID, "math", "Si Niño", NOON)), "c/2+x"));

        mvc.perform(get("/chat").with(student()).param("q", " niño at bigas "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"niño at bigas\"")))
                .andExpect(content().string(containsString("Si Niño")))
                .andExpect(content().string(containsString("id=\"title-" + ID + "\"")))
                .andExpect(content().string(containsString("href=\"/chat/" + ID + "/delete\"")))
                .andExpect(content()
                        .string(containsString(
                                "id=\"older-link\" href=\"/chat?q=ni%C3%B1o%20at%20bigas&amp;cursor=c/2%2Bx\"")));
    }

    @Test
    void theOlderLinkOpensTheNextPage() throws Exception {
        when(conversations.conversations("", null))
                .thenReturn(new ConversationPage(List.of(new Conversation(ID, null, null, NOON)), "c2"));
        when(conversations.conversations("", "c2")).thenReturn(new ConversationPage(List.of(), null));

        mvc.perform(get("/chat").with(student()))
                .andExpect(content().string(containsString("id=\"older-link\" href=\"/chat?cursor=c2\"")));
        mvc.perform(get("/chat").with(student()).param("cursor", "c2"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"older-link\""))));
        verify(conversations).conversations("", "c2");
    }

    @Test
    void aSearchThatFindsNothingSaysSo() throws Exception {
        when(conversations.conversations("walang ganito", null)).thenReturn(new ConversationPage(List.of(), null));

        mvc.perform(get("/chat").with(student()).param("q", "walang ganito").param("lang", "fil"))
                .andExpect(content().string(containsString("Walang usapang tugma sa iyong hinanap.")))
                .andExpect(content().string(not(containsString("id=\"no-conversations\""))));
    }

    @Test
    void aSearchTheBackendRefusesIsExplainedNotAnErrorPage() throws Exception {
        when(conversations.conversations("\u0007", null))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("q", "control")));

        mvc.perform(get("/chat").with(student()).param("q", "\u0007"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-error\"")));
        mvc.perform(get("/chat").with(student()).param("q", "x".repeat(121)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-error\"")));
    }

    @Test
    void renamingSendsTheTrimmedTitleAndGoesBackToTheList() throws Exception {
        mvc.perform(post("/chat/" + ID + "/rename").with(student()).with(csrf()).param("title", "  Fractions  "))
                .andExpect(redirectedUrl("/chat"))
                .andExpect(flash().attribute("notice", "chat.renamed"));
        verify(conversations).rename(ID, "Fractions");
    }

    @Test
    void aBlankOrRefusedTitleIsExplained() throws Exception {
        mvc.perform(post("/chat/" + ID + "/rename").with(student()).with(csrf()).param("title", " "))
                .andExpect(flash().attribute("listError", "chat.rename.invalid"));
        when(conversations.rename(ID, "bad"))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("title", "control")));
        mvc.perform(post("/chat/" + ID + "/rename").with(student()).with(csrf()).param("title", "bad"))
                .andExpect(flash().attribute("listError", "chat.rename.invalid"));
        verify(conversations, never()).rename(ID, "");
    }

    @Test
    void deletingAsksFirstThenDeletes() throws Exception {
        mvc.perform(get("/chat/" + ID + "/delete").with(student()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/chat/" + ID + "/delete\"")))
                .andExpect(content().string(containsString("Its questions and answers will be gone for good.")));
        verify(conversations, never()).delete(anyString());

        mvc.perform(post("/chat/" + ID + "/delete").with(student()).with(csrf()))
                .andExpect(redirectedUrl("/chat"))
                .andExpect(flash().attribute("notice", "chat.deleted"));
        verify(conversations).delete(ID);
    }

    @Test
    void renameAndDeleteNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/chat/" + ID + "/rename").with(student()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/chat/" + ID + "/delete").with(student())).andExpect(status().isForbidden());
        verify(conversations, never()).delete(anyString());
    }

    @Test
    void everyAnswerCarriesTheFeedbackFormWithTheCurrentVerdict() throws Exception {
        when(conversations.messages(ID))
                .thenReturn(List.of(
                        new ChatMessage("q-1", "student", "1/2 + 1/4?", NOON, null, null, null, null),
                        new ChatMessage("a-1", "tutor", "**Answer:** 3/4", NOON, "en", "math", null, "offline"),
                        new ChatMessage("a-2", "tutor", "More", NOON, "en", "math", null, "offline")));
        when(conversations.feedback(ID)).thenReturn(List.of(new Verdict("a-1", false, "Too fast")));

        mvc.perform(get("/chat/" + ID).with(student()))
                .andExpect(content().string(containsString("id=\"answer-a-1\"")))
                .andExpect(content().string(containsString("action=\"/chat/" + ID + "/messages/a-1/feedback\"")))
                .andExpect(content().string(containsString("You found this answer not helpful.")))
                .andExpect(content().string(containsString("value=\"Too fast\"")))
                .andExpect(content().string(containsString("aria-pressed=\"true\">Not helpful</button>")))
                .andExpect(content().string(containsString("aria-pressed=\"false\">Helpful</button>")))
                .andExpect(content().string(containsString("action=\"/chat/" + ID + "/messages/a-2/feedback\"")))
                .andExpect(content().string(containsString("<mfrac><mn>3</mn><mn>4</mn></mfrac>")))
                .andExpect(content().string(containsString("1/2 + 1/4?")));
    }

    @Test
    void feedbackWithoutJavaScriptGoesBackToTheAnswer() throws Exception {
        mvc.perform(post("/chat/" + ID + "/messages/a-1/feedback")
                        .with(student())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML, MediaType.ALL)
                        .param("helpful", "false")
                        .param("reason", "  " + "x".repeat(400)))
                .andExpect(redirectedUrl("/chat/" + ID + "#answer-a-1"));
        verify(conversations).giveFeedback(ID, "a-1", false, "x".repeat(FeedbackController.REASON_MAX));
    }

    @Test
    void aHelpfulVerdictDropsTheReason() throws Exception {
        mvc.perform(post("/chat/" + ID + "/messages/a-1/feedback")
                        .with(student())
                        .with(csrf())
                        .param("helpful", "true")
                        .param("reason", "ignored"))
                .andExpect(redirectedUrl("/chat/" + ID + "#answer-a-1"));
        verify(conversations).giveFeedback(ID, "a-1", true, null);
    }

    @Test
    void feedbackFromTheScriptGetsNoPage() throws Exception {
        mvc.perform(post("/chat/" + ID + "/messages/a-1/feedback")
                        .with(student())
                        .with(csrf())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("helpful", "true"))
                .andExpect(status().isNoContent());
        verify(conversations).giveFeedback(ID, "a-1", true, null);
    }

    @Test
    void refusedFeedbackIsExplained() throws Exception {
        when(conversations.giveFeedback(any(), any(), any(Boolean.class), any()))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("reason", "control")));

        mvc.perform(post("/chat/" + ID + "/messages/a-1/feedback")
                        .with(student())
                        .with(csrf())
                        .param("helpful", "false"))
                .andExpect(flash().attribute("askError", "feedback.error"));
        mvc.perform(post("/chat/" + ID + "/messages/a-1/feedback")
                        .with(student())
                        .with(csrf())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("helpful", "false"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void feedbackNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/chat/" + ID + "/messages/a-1/feedback")
                        .with(student())
                        .param("helpful", "true"))
                .andExpect(status().isForbidden());
        verify(conversations, never()).giveFeedback(any(), any(), any(Boolean.class), any());
    }
}
