package ph.brainbytes.frontend.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Conversation calls of the backend API, always on behalf of the signed-in user. */
@Service
public class ConversationApi {

    private static final TypeReference<List<Verdict>> VERDICTS = new TypeReference<>() {};
    private static final TypeReference<List<ChatMessage>> MESSAGES = new TypeReference<>() {};

    private final BackendHttp http;
    private final AuthorizedCalls authorized;
    private final JsonMapper json;

    ConversationApi(BackendHttp http, AuthorizedCalls authorized, JsonMapper json) {
        this.http = http;
        this.authorized = authorized;
        this.json = json;
    }

    /**
     * One page of the user's conversations, newest first; {@code query} narrows them to those whose title or messages
     * contain it, {@code cursor} is the previous page's {@code nextCursor}. Blank values are left out.
     */
    public ConversationPage conversations(String query, String cursor) {
        return authorized.call(token -> http.call(client -> client.get()
                .uri(builder -> {
                    builder.path("/api/v1/conversations");
                    if (query != null && !query.isBlank()) {
                        builder.queryParam("q", "{q}");
                    }
                    if (cursor != null && !cursor.isBlank()) {
                        builder.queryParam("cursor", "{cursor}");
                    }
                    return builder.build(variables(query, cursor));
                })
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .body(ConversationPage.class)));
    }

    /** Template variables are encoded as a whole, so ñ, spaces and {@code &} in a search reach the backend intact. */
    private static Map<String, String> variables(String query, String cursor) {
        Map<String, String> values = new HashMap<>();
        values.put("q", query == null ? "" : query.strip());
        values.put("cursor", cursor == null ? "" : cursor);
        return values;
    }

    public Conversation rename(String conversationId, String title) {
        return authorized.call(token -> http.call(client -> client.patch()
                .uri("/api/v1/conversations/{id}", conversationId)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .body(Map.of("title", title))
                .retrieve()
                .body(Conversation.class)));
    }

    public void delete(String conversationId) {
        authorized.call(token -> http.call(client -> client.delete()
                .uri("/api/v1/conversations/{id}", conversationId)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .toBodilessEntity()));
    }

    /** Gives (or replaces) the user's verdict on one tutor answer; a blank reason is dropped. */
    public Verdict giveFeedback(String conversationId, String answerId, boolean helpful, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("helpful", helpful);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        return authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/conversations/{id}/messages/{answer}/feedback", conversationId, answerId)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .body(body)
                .retrieve()
                .body(Verdict.class)));
    }

    /** The user's verdicts on the answers of one conversation. */
    public List<Verdict> feedback(String conversationId) {
        return list(get("/api/v1/conversations/{id}/feedback", conversationId), VERDICTS);
    }

    /** A conversation about one subject, or about anything when {@code subject} is null. */
    public Conversation create(String subject) {
        return authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/conversations")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .body(subject == null ? Map.of() : Map.of("subject", subject))
                .retrieve()
                .body(Conversation.class)));
    }

    /** Oldest first, as the backend orders them. */
    public List<ChatMessage> messages(String conversationId) {
        return list(get("/api/v1/conversations/{id}/messages", conversationId), MESSAGES);
    }

    /** The idempotency key makes a repeated submit of the same form return the first answer. */
    public Exchange ask(String conversationId, String text, String mode, String idempotencyKey) {
        return authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/conversations/{id}/messages", conversationId)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("Idempotency-Key", idempotencyKey)
                .body(question(text, mode))
                .retrieve()
                .body(Exchange.class)));
    }

    /**
     * Asks with the answer streamed: returns the backend's open server-sent event stream, which the
     * caller must close. Refusals (404, 429, an expired token) are thrown before anything streams.
     */
    public InputStream askStreamed(String conversationId, String text, String mode) {
        return authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/conversations/{id}/messages/stream", conversationId)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .body(question(text, mode))
                .exchange((request, response) -> openBody(response), false)));
    }

    /** Without a mode the backend applies the class's or the learner's own setting. */
    private static Map<String, String> question(String text, String mode) {
        return mode == null ? Map.of("text", text) : Map.of("text", text, "mode", mode);
    }

    private static InputStream openBody(ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        if (status.is4xxClientError()) {
            throw HttpClientErrorException.create(
                    status, "", response.getHeaders(), response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status.isError()) {
            throw HttpServerErrorException.create(status, "", response.getHeaders(), new byte[0], null);
        }
        return response.getBody();
    }

    private JsonNode get(String uri, Object... variables) {
        return authorized.call(token -> http.call(client -> client.get()
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .body(JsonNode.class)));
    }

    private <T> List<T> list(JsonNode body, TypeReference<List<T>> type) {
        JsonNode items = items(body);
        return items == null ? List.of() : json.convertValue(items, type);
    }

    /** Lists come either as a bare array or wrapped in a page object ({@code {items: [...], nextCursor}}). */
    private static JsonNode items(JsonNode body) {
        if (body == null || body.isArray()) {
            return body;
        }
        for (JsonNode value : body.values()) {
            if (value.isArray()) {
                return value;
            }
        }
        return null;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
