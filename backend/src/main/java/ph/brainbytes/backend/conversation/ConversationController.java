package ph.brainbytes.backend.conversation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.user.SignedIn;
import ph.brainbytes.backend.validation.StorableText;

/**
 * Conversations and their messages. {@code GET …/messages} answers {@code {items: [...]}}, oldest
 * first, the same envelope as the conversation list so either can grow paging later.
 */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

    static final String SUBJECTS = Subjects.PATTERN;

    private final Conversations conversations;
    private final Questions questions;

    ConversationController(Conversations conversations, Questions questions) {
        this.conversations = conversations;
        this.questions = questions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Views.CreatedConversation create(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NewConversation body) {
        return Views.CreatedConversation.of(conversations.create(userId(jwt), body.subject(), body.title()));
    }

    @GetMapping
    Views.ConversationPage list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) @Size(max = 120) @StorableText String q,
            @RequestParam(required = false) @Size(max = 200) String cursor) {
        return conversations.list(userId(jwt), q, cursor);
    }

    @PatchMapping("/{id}")
    Views.ConversationSummary rename(
            @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody Rename body) {
        return Views.ConversationSummary.of(conversations.rename(userId(jwt), id, body.title()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        conversations.delete(userId(jwt), id);
    }

    @GetMapping("/{id}/messages")
    Views.Transcript messages(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return new Views.Transcript(conversations.transcript(userId(jwt), id).stream()
                .map(Views.TranscriptEntry::of)
                .toList());
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    Views.Exchange ask(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 100) String idempotencyKey,
            @Valid @RequestBody NewQuestion body) {
        return questions.ask(userId(jwt), id, body.text(), body.mode(), idempotencyKey);
    }

    private static UUID userId(Jwt jwt) {
        return SignedIn.id(jwt);
    }

    record NewConversation(
            @Pattern(regexp = SUBJECTS, message = "{subjects.invalid}")
            String subject,

            @Size(max = Conversation.TITLE_MAX) @StorableText
            String title) {}

    record Rename(
            @NotBlank @Size(max = Conversation.TITLE_MAX) @StorableText
            String title) {}

    record NewQuestion(
            @NotBlank @Size(max = 4000) @StorableText String text,

            @Pattern(regexp = "direct|socratic", message = "{mode.invalid}")
            String mode) {}
}
