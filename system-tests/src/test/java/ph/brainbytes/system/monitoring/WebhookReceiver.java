package ph.brainbytes.system.monitoring;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An HTTP server on loopback standing in for the pager bridge and the team chat: it keeps every
 * POST Alertmanager sends, with the time it arrived.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One notification as it arrived. */
    record Delivery(Instant at, String path, String authorization, String body) {}

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                deliveries.add(new Delivery(
                        Instant.now(),
                        exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        body));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The first delivery that matches, waiting for it at most {@code timeout}; null if none came. */
    Delivery await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Delivery delivery : deliveries) {
                if (wanted.test(delivery)) {
                    return delivery;
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
