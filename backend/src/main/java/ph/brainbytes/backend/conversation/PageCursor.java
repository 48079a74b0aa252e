package ph.brainbytes.backend.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import ph.brainbytes.common.problem.ApiException;

/** Where a page of conversations ended: opaque to clients, (updatedAt, id) to us. */
record PageCursor(Instant updatedAt, UUID id) {

    private static final char SEPARATOR = '|';

    String encode() {
        String plain = updatedAt.toString() + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            return new PageCursor(
                    Instant.parse(plain.substring(0, separator)), UUID.fromString(plain.substring(separator + 1)));
        } catch (RuntimeException malformed) {
            ApiException invalid = new ApiException(
                    HttpStatus.BAD_REQUEST, "invalid-cursor", "The cursor is not one this service handed out.");
            invalid.initCause(malformed);
            throw invalid;
        }
    }
}
