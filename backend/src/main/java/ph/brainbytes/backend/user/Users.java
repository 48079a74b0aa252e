package ph.brainbytes.backend.user;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.common.problem.ApiException;

/** The one way other features create and look up accounts. */
@Service
public class Users {

    static final String DEFAULT_LANGUAGE = "en";

    private final UserRepository repository;
    private final Clock clock;

    Users(UserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
                clock.instant());
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

    private static ApiException emailTaken() {
        return new ApiException(
                HttpStatus.CONFLICT, "email-taken", "An account with this e-mail address already exists.");
    }
}
