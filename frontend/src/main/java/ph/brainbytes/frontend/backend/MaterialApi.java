package ph.brainbytes.frontend.backend;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriBuilder;

/** Materials calls of the backend API: browse, read, write, upload, change, remove, download. */
@Service
public class MaterialApi {

    private static final String ONE = "/api/v1/materials/{id}";

    private final BackendHttp http;
    private final AuthorizedCalls authorized;

    MaterialApi(BackendHttp http, AuthorizedCalls authorized) {
        this.http = http;
        this.authorized = authorized;
    }

    /** Teachers' materials newest first, then the curriculum's lessons; titles in {@code language}. */
    public MaterialPage list(MaterialQuery query, String language) {
        return authorized.call(token -> http.call(client -> client.get()
                .uri(uri -> listUri(uri, query, language))
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .body(MaterialPage.class)));
    }

    /** A lesson in {@code language}, or a teacher's material in the language it was written in. */
    public MaterialDetail find(String id, String language) {
        return authorized.call(token -> http.call(client -> client.get()
                .uri(uri -> uri.path(ONE).queryParam("lang", language).build(id))
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .body(MaterialDetail.class)));
    }

    public MaterialDetail write(MaterialDraft draft) {
        return authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/materials")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(draft)
                .retrieve()
                .body(MaterialDetail.class)));
    }

    /** The describing fields as form parts beside the file; the backend detects the type from the bytes. */
    public MaterialDetail upload(MaterialDraft fields, String fileName, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new NamedBytes(bytes, fileName));
        addIfPresent(parts, "title", fields.title());
        addIfPresent(parts, "summary", fields.summary());
        addIfPresent(parts, "subject", fields.subject());
        addIfPresent(parts, "grade", fields.grade());
        addIfPresent(parts, "competency", fields.competency());
        addIfPresent(parts, "language", fields.language());
        return authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/materials")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .body(MaterialDetail.class)));
    }

    public MaterialDetail edit(String id, MaterialDraft changes) {
        return authorized.call(token -> http.call(client -> client.patch()
                .uri(ONE, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(changes)
                .retrieve()
                .body(MaterialDetail.class)));
    }

    public void delete(String id) {
        authorized.call(token -> http.call(client -> client.delete()
                .uri(ONE, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .toBodilessEntity()));
    }

    public MaterialFile file(String id) {
        ResponseEntity<byte[]> response = authorized.call(token -> http.call(client -> client.get()
                .uri(ONE + "/file", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .toEntity(byte[].class)));
        HttpHeaders headers = response.getHeaders();
        MediaType type = headers.getContentType();
        byte[] body = response.getBody();
        return new MaterialFile(
                body == null ? new byte[0] : body,
                type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString(),
                headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    /** Values go in as URI variables, so an {@code &} or {@code +} in a search is encoded, not split. */
    private static URI listUri(UriBuilder uri, MaterialQuery query, String language) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lang", language);
        values.put("subject", query.subject());
        values.put("grade", query.grade());
        values.put("competency", query.competency());
        values.put("q", query.q());
        values.put("cursor", query.cursor());
        values.values().removeIf(value -> value == null || value.toString().isBlank());
        uri.path("/api/v1/materials");
        values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.build(values);
    }

    private static void addIfPresent(MultiValueMap<String, Object> parts, String name, Object value) {
        if (value != null) {
            parts.add(name, value.toString());
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A byte array part that carries a file name, as a file input would send it. */
    private static final class NamedBytes extends ByteArrayResource {

        private final String fileName;

        NamedBytes(byte[] bytes, String fileName) {
            super(bytes);
            this.fileName = fileName;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NamedBytes named && super.equals(other) && Objects.equals(fileName, named.fileName);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + Objects.hashCode(fileName);
        }
    }
}
