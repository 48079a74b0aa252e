package ph.brainbytes.backend.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.user.AcceptablePassword;
import ph.brainbytes.backend.user.PlainText;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.validation.StorableText;

/** The client address is what the container reports; proxies are resolved by server.forward-headers-strategy. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    /** Hibernate Validator's e-mail check lets bidirectional overrides and unpaired surrogates through. */
    private static final String EMAIL_MESSAGE = "{jakarta.validation.constraints.Email.message}";

    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    Account register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        User user = auth.register(request, http.getRemoteAddr());
        return new Account(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole());
    }

    @PostMapping("/login")
    AuthService.TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return auth.login(request.email(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/refresh")
    AuthService.TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        auth.logout(request.refreshToken());
    }

    /** {@code consent} must be accepted; a guardian is required when the person may be under 18. */
    @GuardianForMinors
    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) @Pattern(regexp = PlainText.PATTERN, message = EMAIL_MESSAGE)
            String email,

            @NotNull @AcceptablePassword @StorableText String password,

            @NotBlank @Size(max = 100) @Pattern(regexp = PlainText.PATTERN, message = "{profile.display-name.invalid}")
            String displayName,

            @Min(1) @Max(13) Integer gradeLevel,

            @Pattern(regexp = "en|fil", message = "{profile.language.invalid}")
            String preferredLanguage,

            @NotNull @Min(1900) Integer birthYear,
            @NotNull @Valid ConsentRequest consent,
            @Size(max = 64) String inviteCode) {}

    record ConsentRequest(
            @NotNull @AssertTrue(message = "{consent.required}")
            Boolean accepted,

            @Size(max = 100) @Pattern(regexp = PlainText.PATTERN, message = "{profile.display-name.invalid}")
            String guardianName,

            @Email @Size(max = 254) @Pattern(regexp = PlainText.PATTERN, message = EMAIL_MESSAGE)
            String guardianEmail) {}

    record LoginRequest(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(max = 128) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {}

    record Account(UUID id, String email, String displayName, String role) {}
}
