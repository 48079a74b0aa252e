package ph.brainbytes.backend.user;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.ApiException;

/** The one way other features create, look up and change accounts. */
@Service
public class Users {

    static final String DEFAULT_LANGUAGE = "en";

    private final UserRepository repository;
    private final Clock clock;
    private final Texts texts;

    Users(UserRepository repository, Clock clock, Texts texts) {
        this.repository = repository;
        this.clock = clock;
        this.texts = texts;
    }

    /** E-mail addresses are compared case-insensitively, so they are stored in lower case. */
    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public User create(NewAccount account) {
        String email = normaliseEmail(account.email());
        if (repository.existsByEmail(email)) {
            throw emailTaken();
        }
        String language = account.preferredLanguage() == null ? DEFAULT_LANGUAGE : account.preferredLanguage();
        User user = new User(
                email,
                account.passwordHash(),
                account.displayName().trim(),
                account.gradeLevel(),
                language,
                clock.instant(),
                account.role(),
                account.birthYear());
        try {
            return repository.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            // Two registrations with the same address at once: the unique index decides.
            ApiException taken = emailTaken();
            taken.initCause(raced);
            throw taken;
        }
    }

    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        return repository.findByEmail(normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    public Optional<User> findById(UUID id) {
        return repository.findById(id);
    }

    /** Current display names by id, in one query; ids without an account (deleted, erased) are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findAllById(ids).stream().collect(Collectors.toMap(User::getId, User::getDisplayName));
    }

    /** The token version an account's access tokens must carry, or empty when the account is gone. */
    @Transactional(readOnly = true)
    public Optional<Integer> tokenVersion(UUID id) {
        return repository.findById(id).map(User::getTokenVersion);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return repository.existsByRole(role.name());
    }

    /** Accounts whose e-mail or name contains {@code text} (any case), optionally of one role. */
    @Transactional(readOnly = true)
    public Page<User> search(Role role, String text, Pageable page) {
        String pattern = text == null || text.isBlank() ? null : "%" + escapeLike(text.strip()) + "%";
        return repository.search(role == null ? null : role.name(), pattern, page);
    }

    @Transactional
    User update(UUID id, ProfileChange change) {
        User user = existing(id);
        user.update(change);
        return user;
    }

    /** Also refuses every access token issued so far, so a stolen one stops working. */
    @Transactional
    public void changePassword(UUID id, String newHash) {
        existing(id).changePassword(newHash);
    }

    /** Tokens carry the role, so those issued before the change are refused; a refresh brings the new role. */
    @Transactional
    public User changeRole(UUID id, Role role) {
        User user = existing(id);
        user.changeRole(role);
        return user;
    }

    @Transactional
    void delete(UUID id) {
        repository.deleteById(id);
    }

    private User existing(UUID id) {
        return repository
                .findById(id)
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, "user-not-found", texts.get("user.not-found")));
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }

    private ApiException emailTaken() {
        return new ApiException(HttpStatus.CONFLICT, "email-taken", texts.get("auth.email-taken"));
    }
}
