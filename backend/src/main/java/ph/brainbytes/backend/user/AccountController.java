package ph.brainbytes.backend.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.privacy.PrivacyRequests;

/** The data subject's rights: a copy of everything held about them, and erasure. */
@RestController
@RequestMapping("/api/v1/me")
class AccountController {

    private final AccountDeletion accounts;

    AccountController(AccountDeletion accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/export")
    ResponseEntity<PrivacyRequests.Export> export(@AuthenticationPrincipal Jwt jwt) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("brainbytes-my-data.json")
                                .build()
                                .toString())
                .body(accounts.export(SignedIn.id(jwt)));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody DeleteRequest request) {
        accounts.delete(SignedIn.id(jwt), request.password());
    }

    record DeleteRequest(@NotNull @Size(max = 1024) String password) {}
}
