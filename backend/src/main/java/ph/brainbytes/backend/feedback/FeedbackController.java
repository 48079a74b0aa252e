package ph.brainbytes.backend.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.user.SignedIn;
import ph.brainbytes.backend.validation.StorableText;

/** Learners say whether an answer helped; teachers and admins see the tallies. */
@RestController
class FeedbackController {

    private final FeedbackService service;

    FeedbackController(FeedbackService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/conversations/{conversationId}/messages/{answerId}/feedback")
    Given give(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID conversationId,
            @PathVariable UUID answerId,
            @Valid @RequestBody NewFeedback body) {
        return service.give(SignedIn.id(jwt), conversationId, answerId, body.helpful(), body.reason());
    }

    @GetMapping("/api/v1/conversations/{conversationId}/feedback")
    GivenList given(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID conversationId) {
        return new GivenList(service.given(SignedIn.id(jwt), conversationId));
    }

    @GetMapping("/api/v1/feedback/summary")
    @PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
    Summary summary() {
        return new Summary(service.summary());
    }

    record NewFeedback(
            @NotNull Boolean helpful,
            @Size(max = 300) @StorableText String reason) {}

    record Given(UUID answerId, boolean helpful, String reason, Instant givenAt) {

        static Given of(AnswerFeedback f) {
            return new Given(f.getAnswerId(), f.isHelpful(), f.getReason(), f.getCreatedAt());
        }
    }

    record GivenList(List<Given> items) {}

    record SummaryRow(String subject, String language, String provider, long helpful, long notHelpful) {}

    record Summary(List<SummaryRow> items) {}
}
