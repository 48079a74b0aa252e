package ph.brainbytes.backend.conversation;

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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import ph.brainbytes.backend.FakeAiService;
import ph.brainbytes.common.servicetoken.ServiceTokens;

/** An ai-service that streams its answer, or breaks off, as a test tells it to. */
final class FakeAiStream implements AutoCloseable {

    static final List<String> PIECES = List.of("Subtract 3 ", "from both sides:", "\n\n x = 2.");

    private final HttpServer server;
    private final JwtDecoder tokens = ServiceTokens.decoder(FakeAiService.SECRET, "brainbytes-backend", "ai-service");
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean breakOff;

    FakeAiStream() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/internal/v1/tutor/answers/stream", this::stream);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        return requests;
    }

    /** Makes the next streams stop after the first piece, without an answer. */
    void breakOff(boolean breakOff) {
        this.breakOff = breakOff;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void stream(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (String piece : breakOff ? PIECES.subList(0, 1) : PIECES) {
                    write(out, "event:delta\ndata:{\"text\": \"" + piece.replace("\n", "\\n") + "\"}\n\n");
                }
                if (!breakOff) {
                    write(
                            out,
                            "event:answer\ndata:{\"text\": \""
                                    + String.join("", PIECES).replace("\n", "\\n")
                                    + "\", \"language\": \"en\", \"subject\": \"math\", \"questionType\": \"concept\","
                                    + " \"mode\": \"direct\", \"citations\": [{\"id\": \"math-linear-equations\","
                                    + " \"title\": \"Linear equations\", \"competency\": \"M7AL-IIi-1\"}],"
                                    + " \"provider\": \"openai\", \"safety\": {\"flagged\": false, \"category\": null}}\n\n");
                }
            }
        }
    }

    private static void write(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
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
}
