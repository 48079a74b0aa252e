package ph.brainbytes.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.roundRobinSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Students sign up, log in and open a conversation, one a second; then questions arrive at a fixed rate (an open model: they keep
 * coming whatever the latency), spread over those students, every fifth one asked on the streamed endpoint. Fails
 * when a request fails (any non-2xx, so any 5xx) or when the 95th percentile of either kind of question is over
 * {@code p95Millis}. Only a backend on 127.0.0.1 is accepted, and the run stops by itself.
 *
 * <p>Properties (system properties, load-tests/pom.xml passes them on): {@code baseUrl}, {@code rate} (questions per
 * second), {@code seconds}, {@code students}, {@code p95Millis}.
 */
public class StudentsAskSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:3000");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "2"));
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("seconds", 30));
    private static final int STUDENTS = Integer.getInteger("students", 10);
    private static final int P95_MILLIS = Integer.getInteger("p95Millis", 2000);

    /** Not on the breached-password list the backend checks; every load account shares it. */
    private static final String PASSWORD = "kalabaw sa bukid tuwing umaga";

    private static final String ASK = "ask";
    private static final String ASK_STREAMED = "ask, streamed";

    private static final List<Map<String, Object>> QUESTIONS = Stream.of(
                    "Solve 2x + 3 = 7",
                    "Ano ang photosynthesis?",
                    "What is 15% of 240?",
                    "Paano hatiin ang 3/4 sa 1/2?",
                    "Who was Jose Rizal?",
                    "What is the area of a circle with radius 5 cm?")
            .<Map<String, Object>>map(text -> Map.of("question", text))
            .toList();

    /** Token and conversation of every student signed up so far; the questions take them in turn. */
    private final List<Map<String, Object>> signedUp = new CopyOnWriteArrayList<>();

    private final AtomicLong nextStudent = new AtomicLong();

    public StudentsAskSimulation() {
        if (!"127.0.0.1".equals(URI.create(BASE_URL).getHost())) {
            throw new IllegalArgumentException("only a backend on 127.0.0.1 may be loaded, not " + BASE_URL);
        }
        HttpProtocolBuilder api = http.baseUrl(BASE_URL)
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                .shareConnections();

        setUp(signUp().injectOpen(rampUsers(STUDENTS).during(Duration.ofSeconds(STUDENTS)))
                        .andThen(
                                questions().injectOpen(constantUsersPerSec(RATE).during(DURATION))))
                .protocols(api)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details(ASK).responseTime().percentile(95.0).lt(P95_MILLIS),
                        details(ASK_STREAMED).responseTime().percentile(95.0).lt(P95_MILLIS));
    }

    private ScenarioBuilder signUp() {
        return scenario("students sign up")
                .exec(session -> session.set("email", "load-" + UUID.randomUUID() + "@example.ph"))
                .exec(http("sign up")
                        .post("/api/v1/auth/register")
                        .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\","
                                + "\"displayName\":\"Load\",\"gradeLevel\":7,\"preferredLanguage\":\"en\","
                                + "\"birthYear\":1990,\"consent\":{\"accepted\":true}}"))
                        .check(status().is(201)))
                .exec(http("log in")
                        .post("/api/v1/auth/login")
                        .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
                        .check(status().is(200), jmesPath("accessToken").saveAs("token")))
                .exec(http("open a conversation")
                        .post("/api/v1/conversations")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"subject\":\"math\"}"))
                        .check(status().is(201), jmesPath("id").saveAs("conversation")))
                .exec(session -> {
                    signedUp.add(Map.of(
                            "token", session.getString("token"), "conversation", session.getString("conversation")));
                    return session;
                });
    }

    private ScenarioBuilder questions() {
        ChainBuilder ask = exec(http(ASK)
                .post("/api/v1/conversations/#{conversation}/messages")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("{\"text\":\"#{question}\"}"))
                .check(status().is(201), jmesPath("answer.text").exists()));
        ChainBuilder askStreamed = exec(http(ASK_STREAMED)
                .post("/api/v1/conversations/#{conversation}/messages/stream")
                .header("Authorization", "Bearer #{token}")
                .header("Accept", "text/event-stream")
                .body(StringBody("{\"text\":\"#{question}\"}"))
                .check(status().is(200), substring("event:answer").exists()));
        return scenario("students ask")
                .feed(studentsInTurn())
                .feed(listFeeder(QUESTIONS).circular())
                .exec(roundRobinSwitch().on(ask, ask, ask, ask, askStreamed));
    }

    /** Read lazily: the sign-up scenario has filled the list by the time the first question arrives. */
    private Iterator<Map<String, Object>> studentsInTurn() {
        return Stream.generate(() -> {
                    if (signedUp.isEmpty()) {
                        throw new IllegalStateException("no student could sign up; see the sign-up errors above");
                    }
                    return signedUp.get((int) (nextStudent.getAndIncrement() % signedUp.size()));
                })
                .iterator();
    }
}
