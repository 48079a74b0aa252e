package ph.brainbytes.ai.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A language-model server on a random local port that speaks just enough of the OpenAI or the
 * Ollama chat API to answer, stream, stall, refuse or garble, as a test tells it to.
 */
final class FakeModelServer implements AutoCloseable {

    /** What the next calls get. */
    enum Behaviour {
        ANSWER,
        SLOW,
        RATE_LIMITED,
        FAILING,
        MALFORMED
    }

    static final String ANSWER = "Photosynthesis is how plants make food from sunlight, water and carbon dioxide.";

    private final HttpServer server;
    private final Dialect dialect;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.ANSWER;

    private FakeModelServer(Dialect dialect) {
        this.dialect = dialect;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(dialect.path(), this::handle);
        server.start();
    }

    static FakeModelServer openAi() {
        return new FakeModelServer(new OpenAiDialect());
    }

    static FakeModelServer ollama() {
        return new FakeModelServer(new OllamaDialect());
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + dialect.basePath();
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** The request bodies received, oldest first. */
    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            switch (behaviour) {
                case SLOW -> {
                    sleep(6_000);
                    send(exchange, 200, dialect.contentType(false), dialect.whole(ANSWER));
                }
                case RATE_LIMITED -> {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429, "application/json", "{\"error\": {\"message\": \"slow down\"}}");
                }
                case FAILING -> send(exchange, 500, "application/json", "{\"error\": {\"message\": \"oops\"}}");
                case MALFORMED -> send(exchange, 200, "application/json", "{\"choices\": [{\"message\": ");
                case ANSWER -> {
                    boolean stream = body.replace(" ", "").contains("\"stream\":true");
                    send(
                            exchange,
                            200,
                            dialect.contentType(stream),
                            stream ? dialect.streamed(ANSWER) : dialect.whole(ANSWER));
                }
            }
        } catch (IOException clientGaveUp) {
            // The tutor timed out and hung up, which is what a slow-model test wants.
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How one API words a whole and a streamed answer. */
    private interface Dialect {

        String basePath();

        String path();

        String contentType(boolean stream);

        String whole(String text);

        String streamed(String text);
    }

    private static final class OpenAiDialect implements Dialect {

        @Override
        public String basePath() {
            return "/v1";
        }

        @Override
        public String path() {
            return "/v1/chat/completions";
        }

        @Override
        public String contentType(boolean stream) {
            return stream ? "text/event-stream" : "application/json";
        }

        @Override
        public String whole(String text) {
            return """
                    {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "test-model",
                     "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
                                  "message": {"role": "assistant", "content": "%s", "refusal": null}}],
                     "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}}""".formatted(text);
        }

        @Override
        public String streamed(String text) {
            StringBuilder events = new StringBuilder();
            for (String piece : pieces(text)) {
                events.append(chunk("{\"role\": \"assistant\", \"content\": \"" + piece + "\"}", "null"));
            }
            events.append(chunk("{}", "\"stop\""));
            events.append(
                    "data: {\"id\": \"chatcmpl-1\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
                            + " \"model\": \"test-model\", \"choices\": [],"
                            + " \"usage\": {\"prompt_tokens\": 120, \"completion_tokens\": 30, \"total_tokens\": 150}}\n\n");
            return events.append("data: [DONE]\n\n").toString();
        }

        private static String chunk(String delta, String finishReason) {
            return "data: {\"id\": \"chatcmpl-1\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
                    + " \"model\": \"test-model\", \"choices\": [{\"index\": 0, \"delta\": " + delta
                    + ", \"finish_reason\": " + finishReason + "}]}\n\n";
        }
    }

    private static final class OllamaDialect implements Dialect {

        @Override
        public String basePath() {
            return "";
        }

        @Override
        public String path() {
            return "/api/chat";
        }

        @Override
        public String contentType(boolean stream) {
            return stream ? "application/x-ndjson" : "application/json";
        }

        @Override
        public String whole(String text) {
            return message(text, true).replace("\n", "");
        }

        @Override
        public String streamed(String text) {
            StringBuilder lines = new StringBuilder();
            for (String piece : pieces(text)) {
                lines.append(message(piece, false)).append('\n');
            }
            return lines.append(message("", true)).append('\n').toString();
        }

        private static String message(String text, boolean done) {
            String counts = done ? ", \"done_reason\": \"stop\", \"prompt_eval_count\": 120, \"eval_count\": 30" : "";
            return "{\"model\": \"test-model\", \"created_at\": \"2026-01-01T00:00:00Z\","
                    + " \"message\": {\"role\": \"assistant\", \"content\": \"" + text + "\"}, \"done\": " + done
                    + counts + "}";
        }
    }

    /** The answer cut in three, as a model would stream it. */
    private static List<String> pieces(String text) {
        int third = text.length() / 3;
        return List.of(text.substring(0, third), text.substring(third, 2 * third), text.substring(2 * third));
    }
}
