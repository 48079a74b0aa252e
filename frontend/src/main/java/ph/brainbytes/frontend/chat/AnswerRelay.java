package ph.brainbytes.frontend.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ph.brainbytes.frontend.backend.Exchange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays the backend's answer stream to the browser: {@code delta} events pass through as they
 * come (the page shows them as plain text), the final {@code answer} becomes an {@code html} event
 * carrying the server-rendered safe Markdown. A stream that breaks off ends with {@code failed}.
 */
final class AnswerRelay implements StreamingResponseBody {

    private final InputStream backend;
    private final AnswerFragment fragment;
    private final JsonMapper json;
    private final Locale locale;
    private final String conversationId;

    AnswerRelay(InputStream backend, AnswerFragment fragment, JsonMapper json, Locale locale, String conversationId) {
        this.backend = backend;
        this.conversationId = conversationId;
        this.fragment = fragment;
        this.json = json;
        this.locale = locale;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        boolean answered = false;
        try (BufferedReader events = new BufferedReader(new InputStreamReader(backend, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line = events.readLine(); line != null; line = events.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n")
                            .append(line.substring("data:".length()).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    answered |= forward(event, data.toString(), out);
                    event = "message";
                    data.setLength(0);
                }
            }
        } catch (IOException backendGone) {
            // reported to the page below; the backend has stored whatever it answered
        }
        if (!answered) {
            write(out, "failed", "{}");
        }
    }

    /** Returns whether this was the final answer. */
    private boolean forward(String event, String data, OutputStream out) throws IOException {
        if ("delta".equals(event)) {
            write(out, "delta", data);
            return false;
        }
        if ("answer".equals(event)) {
            Exchange exchange = json.readValue(data, Exchange.class);
            String html =
                    fragment.render(MessageView.of(exchange, conversationId).get(1), locale);
            write(out, "html", json.writeValueAsString(Map.of("html", html)));
            return true;
        }
        return false;
    }

    private static void write(OutputStream out, String event, String data) throws IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
