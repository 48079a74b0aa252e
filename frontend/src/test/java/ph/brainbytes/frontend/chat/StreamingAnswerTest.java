package ph.brainbytes.frontend.chat;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;

class StreamingAnswerTest extends PageTestSupport {

    private static final String ID = "3f1c2a9e-5b7d-4e11-9c2a-0d6e8f7a1b23";
    private static final String STREAM = "/chat/" + ID + "/messages/stream";

    @Test
    void deltasPassThroughAndTheAnswerArrivesAsSafeHtml() throws Exception {
        when(conversations.askStreamed(ID, "2+2?", "direct")).thenReturn(backendStream("""
                event:delta
                data:{"text":"The answer "}

                event:delta
                data:{"text":"is <b>4</b>."}

                event:answer
                data:{"question":{"id":"q-1","text":"2+2?","createdAt":"2026-11-25T04:00:00Z"},"answer":{"id":"a-1","text":"The answer is **4** <img src=x onerror=alert(1)>","language":"en","subject":"math","citations":[{"id":"math-1","title":"Adding","competency":"M1"}],"provider":"offline"}}

                """));

        MvcResult started = mvc.perform(post(STREAM)
                        .with(student())
                        .with(csrf())
                        .param("question", "2+2?")
                        .param("mode", "direct"))
                .andReturn();

        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/event-stream"))
                .andExpect(content().string(containsString("event: delta\ndata: {\"text\":\"The answer \"}\n\n")))
                .andExpect(content().string(containsString("event: html\ndata: ")))
                .andExpect(content().string(containsString("<strong>4</strong>")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(containsString("href=\\\"/lessons/math-1\\\"")))
                .andExpect(content().string(not(containsString("event: failed"))));
    }

    @Test
    void aStreamThatBreaksOffBeforeTheAnswerEndsWithFailed() throws Exception {
        when(conversations.askStreamed(ID, "2+2?", "direct"))
                .thenReturn(backendStream("event:delta\ndata:{\"text\":\"The\"}\n\n"));

        MvcResult started = mvc.perform(post(STREAM)
                        .with(student())
                        .with(csrf())
                        .param("question", "2+2?")
                        .param("mode", "direct"))
                .andReturn();

        mvc.perform(asyncDispatch(started)).andExpect(content().string(containsString("event: failed")));
    }

    @Test
    void theSolutionButtonAsksForTheWholeWorkedAnswer() throws Exception {
        when(conversations.askStreamed(any(), any(), any())).thenReturn(backendStream(""));

        mvc.perform(post(STREAM)
                        .with(student())
                        .with(csrf())
                        .param("mode", "socratic")
                        .param("followup", "solution"))
                .andExpect(status().isOk());

        verify(conversations).askStreamed(ID, "Please show me the full solution, step by step.", "direct");
    }

    @Test
    void refusalsAreTranslatedClientErrors() throws Exception {
        mvc.perform(post(STREAM).with(student()).with(csrf()).param("question", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("Please type a question first."));
        when(conversations.askStreamed(any(), any(), any()))
                .thenThrow(new BackendProblemException(429, "too-many-requests", Map.of()));
        mvc.perform(post(STREAM)
                        .with(student())
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("lang", "fil"))
                        .param("question", "2+2?"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void streamingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post(STREAM).with(student()).param("question", "2+2?")).andExpect(status().isForbidden());
        verify(conversations, never()).askStreamed(any(), any(), any());
    }

    private static ByteArrayInputStream backendStream(String events) {
        return new ByteArrayInputStream(events.getBytes(StandardCharsets.UTF_8));
    }
}
