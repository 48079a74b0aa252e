package ph.brainbytes.backend.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.user.SignedIn;

@RestController
@RequestMapping("/api/v1/admin/invites")
@PreAuthorize("hasRole('ADMIN')")
class InviteController {

    private static final int DEFAULT_DAYS = 7;

    private final Invites invites;

    InviteController(Invites invites) {
        this.invites = invites;
    }

    /** The answer's {@code code} is the only time the code is shown. The body may be empty. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Invite.InviteView create(
            @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody(required = false) NewInvite request) {
        int days = request == null || request.validForDays() == null ? DEFAULT_DAYS : request.validForDays();
        return invites.create(SignedIn.id(jwt), Duration.ofDays(days));
    }

    @GetMapping
    InvitePage list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<Invite.InviteView> found =
                invites.list(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new InvitePage(found.getContent(), page, size, found.getTotalElements());
    }

    record NewInvite(@Min(1) @Max(90) Integer validForDays) {}

    record InvitePage(List<Invite.InviteView> items, int page, int size, long totalItems) {}
}
