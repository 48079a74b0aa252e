import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-model load on POST /api/v1/conversations/{id}/messages: a fixed arrival rate for a fixed time, whatever the
 * latency, spread over several students so the per-student quota is not what is measured. Prints requests/s and
 * latency percentiles. Only talks to 127.0.0.1 and stops by itself.
 *
 * <p>java scripts/LoadMessages.java [baseUrl=http://127.0.0.1:3000] [ratePerSecond=10] [seconds=30] [students=25]
 */
public class LoadMessages {

    private static final Pattern FIELD = Pattern.compile("\"(accessToken|id)\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] QUESTIONS = {
        "Solve 2x + 3 = 7", "Ano ang photosynthesis?", "What is 15% of 240?", "Paano hatiin ang 3/4 sa 1/2?",
        "Who was Jose Rizal?", "What is the area of a circle with radius 5 cm?"
    };

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:3000";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int studentCount = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("only 127.0.0.1 may be loaded");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String[]> students = new ArrayList<>();
        for (int i = 0; i < studentCount; i++) {
            students.add(signUp(http, base));
        }
        System.out.printf("%d students ready; %d requests/s for %d s against %s%n", studentCount, rate, seconds, base);

        List<Long> latencies = new CopyOnWriteArrayList<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long n = 0; n < total; n++) {
            long due = start + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String[] student = students.get((int) (n % students.size()));
            String body = "{\"text\":\"" + QUESTIONS[(int) (n % QUESTIONS.length)] + "\"}";
            long sent = System.nanoTime();
            inFlight.add(http.sendAsync(post(base + "/api/v1/conversations/" + student[1] + "/messages", student[0], body),
                            HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        latencies.add(System.nanoTime() - sent);
                        int status = failure == null ? response.statusCode() : -1;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("requests: %d in %.1f s = %.1f requests/s; statuses %s%n", sorted.size(), elapsed,
                sorted.size() / elapsed, statuses);
        System.out.printf("latency ms: p50 %.0f  p95 %.0f  p99 %.0f  max %.0f%n", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Registers a student, signs in and opens a conversation; returns {token, conversationId}. */
    private static String[] signUp(HttpClient http, String base) throws Exception {
        String email = "load-" + UUID.randomUUID() + "@example.ph";
        String account = "{\"email\":\"" + email + "\",\"password\":\"load test password\",\"displayName\":\"Load\","
                + "\"gradeLevel\":7}";
        send(http, post(base + "/api/v1/auth/register", null, account));
        String token = field(send(http, post(base + "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"load test password\"}")), "accessToken");
        String conversation = field(send(http, post(base + "/api/v1/conversations", token, "{\"subject\":\"math\"}")), "id");
        return new String[] {token, conversation};
    }

    private static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }
}
