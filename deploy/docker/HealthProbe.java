import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container health check without curl or wget (the JRE image has neither): asks a service's
 * readiness endpoint on its management port and exits 0 only for HTTP 200.
 *
 * <p>Usage: {@code java -cp /opt/probe HealthProbe DEFAULT_PORT [PATH]}. The port is taken from
 * {@code MANAGEMENT_SERVER_PORT} when that is set, so the check follows the service's own setting.
 */
public final class HealthProbe {

    private HealthProbe() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: HealthProbe DEFAULT_MANAGEMENT_PORT [PATH]");
            System.exit(2);
        }
        String configured = System.getenv("MANAGEMENT_SERVER_PORT");
        String port = configured == null || configured.isBlank() ? args[0] : configured.trim();
        String path = args.length == 2 ? args[1] : "/actuator/health/readiness";
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(
                            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.ofString());
            System.out.println(uri + " -> " + response.statusCode() + " " + response.body());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.out.println(uri + " -> " + e);
            System.exit(1);
        }
    }
}
