package ph.brainbytes.backend.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.user.NewAccount;
import ph.brainbytes.backend.user.PasswordPolicy;
import ph.brainbytes.backend.user.Role;
import ph.brainbytes.backend.user.Users;

/**
 * Creates the first admin from BRAINBYTES_BOOTSTRAP_ADMIN_EMAIL and BRAINBYTES_BOOTSTRAP_ADMIN_PASSWORD, only while
 * no admin exists. There is no default: without both settings nobody becomes admin, and a password that fails the
 * policy stops the start-up rather than leaving a weak admin account behind.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final String email;
    private final String password;

    BootstrapAdmin(
            Users users,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            @Value("${brainbytes.bootstrap-admin.email:}") String email,
            @Value("${brainbytes.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isEmpty() || users.anyWithRole(Role.ADMIN)) {
            return;
        }
        policy.problem(password).ifPresent(problem -> {
            throw new IllegalStateException(
                    "BRAINBYTES_BOOTSTRAP_ADMIN_PASSWORD is not acceptable (" + problem + "); choose another");
        });
        if (users.findByEmail(email).isPresent()) {
            throw new IllegalStateException("BRAINBYTES_BOOTSTRAP_ADMIN_EMAIL already belongs to an account; "
                    + "choose a new address for the first admin");
        }
        users.create(new NewAccount(email, passwords.encode(password), "Administrator", null, null, Role.ADMIN, null));
        log.info("created the first admin account from BRAINBYTES_BOOTSTRAP_ADMIN_EMAIL");
    }
}
