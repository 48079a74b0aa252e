package ph.brainbytes.backend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import ph.brainbytes.common.servicetoken.ServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An ai-service stand-in that insists on a valid service token and answers from a script. */
public final class FakeAiService {

    public static final String SECRET = "test-only-service-secret-0123456789abcdef";

    static final String ANSWER = """
            {"text": "Subtract 3 from both sides: 2x = 4, so x = 2.", "language": "en", "subject": "math",
             "questionType": "equation", "mode": "direct",
             "citations": [{"id": "math-linear-equations", "title": "Linear equations", "competency": "M7AL-IIi-1"}],
             "provider": "offline", "safety": {"flagged": false, "category": null}}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final JwtDecoder tokens = ServiceTokens.decoder(SECRET, "brainbytes-backend", "ai-service");
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> traceParents = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile int status = 200;
    private volatile String answer = ANSWER;

    private FakeAiService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/internal/v1/tutor/answers", this::answer);
        server.start();
    }

    public static FakeAiService start() {
        return new FakeAiService();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<JsonNode> requests() {
        return requests;
    }

    /** The W3C trace context each call carried, so tests can see traces cross the service boundary. */
    public List<String> traceParents() {
        return traceParents;
    }

    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** Makes the next calls answer with {@code body} (JSON); {@code null} restores the scripted answer. */
    public void answerWith(String body) {
        this.answer = body == null ? ANSWER : body;
    }

    /** Makes the next calls fail with {@code status}; 200 restores normal answers. */
    public void respondWith(int status) {
        this.status = status;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            traceParents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            sleep(delay);
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientGaveUp) {
            // The backend timed out and closed the connection, which is what a slow-tutor test wants.
        }
    }

    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        try {
            tokens.decode(header.substring("Bearer ".length()));
            return true;
        } catch (JwtException invalid) {
            return false;
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
