package ph.brainbytes.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only a real server shows: the container's error pages and the separate management port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class RunningServerIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Test
    void aMissingPageIsATranslatedPageNotAWhitelabelPage() throws Exception {
        HttpResponse<String> response = get(port, "/css/missing.css", "text/html", "lang=fil");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"fil\">")
                .contains("Hindi namin nakita ang pahinang iyan")
                .doesNotContain("Whitelabel");
    }

    @Test
    void healthIsOpenOnTheManagementPortForTheLauncherAndProbes() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/health/readiness", "application/json", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = get(port, "/login", "text/html", "");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    private HttpResponse<String> get(int port, String path, String accept, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
