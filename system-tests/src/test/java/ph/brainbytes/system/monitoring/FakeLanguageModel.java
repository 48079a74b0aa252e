package ph.brainbytes.system.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat endpoint on loopback, so that ai-service runs with a language model
 * as in production ({@code BRAINBYTES_LLM_PROVIDER=openai}) without leaving this machine. It answers
 * every question with a short text and token usage, streamed when asked; a question containing
 * {@link #RATE_LIMITED_WORD} gets HTTP 429, as a provider over its quota does.
 */
final class FakeLanguageModel implements AutoCloseable {

    static final String RATE_LIMITED_WORD = "bulkan";

    private static final String TEXT = "A grounded answer from the test model, in three short parts.";

    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    FakeLanguageModel() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    /** The value for {@code BRAINBYTES_LLM_BASE_URL}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int calls() {
        return calls.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains(RATE_LIMITED_WORD)) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "application/json", "{\"error\": {\"message\": \"quota exceeded\"}}");
            } else if (body.replace(" ", "").contains("\"stream\":true")) {
                send(exchange, 200, "text/event-stream", streamed());
            } else {
                send(exchange, 200, "application/json", """
                        {"id": "c1", "object": "chat.completion", "created": 1700000000, "model": "test-model",
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": "%s"}}],
                         "usage": {"prompt_tokens": 200, "completion_tokens": 40, "total_tokens": 240}}""".formatted(TEXT));
            }
        }
    }

    private static String streamed() {
        StringBuilder events = new StringBuilder();
        for (String word : TEXT.split("(?<= )")) {
            events.append(chunk("{\"role\": \"assistant\", \"content\": \"" + word + "\"}", "null"));
        }
        events.append(chunk("{}", "\"stop\""));
        events.append("data: {\"id\": \"c1\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
                + " \"model\": \"test-model\", \"choices\": [],"
                + " \"usage\": {\"prompt_tokens\": 200, \"completion_tokens\": 40, \"total_tokens\": 240}}\n\n");
        return events.append("data: [DONE]\n\n").toString();
    }

    private static String chunk(String delta, String finishReason) {
        return "data: {\"id\": \"c1\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
                + " \"model\": \"test-model\", \"choices\": [{\"index\": 0, \"delta\": " + delta
                + ", \"finish_reason\": " + finishReason + "}]}\n\n";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
