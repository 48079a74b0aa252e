package ph.brainbytes.backend.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.user.AcceptablePassword;
import ph.brainbytes.backend.user.SignedIn;
import ph.brainbytes.backend.validation.StorableText;

/** After a change the caller signs in again with the new password; every earlier token stops working. */
@RestController
class PasswordController {

    private final PasswordChanges changes;

    PasswordController(PasswordChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PasswordChange request) {
        changes.change(SignedIn.id(jwt), request.currentPassword(), request.newPassword());
    }

    record PasswordChange(
            @NotNull @Size(max = 128) String currentPassword,
            @NotNull @AcceptablePassword @StorableText String newPassword) {}
}
