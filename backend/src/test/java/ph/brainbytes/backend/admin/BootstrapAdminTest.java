package ph.brainbytes.backend.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.PasswordEncoder;
import ph.brainbytes.backend.user.NewAccount;
import ph.brainbytes.backend.user.PasswordPolicy;
import ph.brainbytes.backend.user.Role;
import ph.brainbytes.backend.user.Users;

class BootstrapAdminTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private final Users users = mock(Users.class);
    private final PasswordEncoder passwords = mock(PasswordEncoder.class);

    @Test
    void createsTheFirstAdminFromTheSettings() {
        given(passwords.encode("ulan sa tag-araw ng Maynila")).willReturn("hashed");

        bootstrap("admin@school.ph", "ulan sa tag-araw ng Maynila").run(null);

        ArgumentCaptor<NewAccount> created = ArgumentCaptor.forClass(NewAccount.class);
        verify(users).create(created.capture());
        assertThat(created.getValue().email()).isEqualTo("admin@school.ph");
        assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
        assertThat(created.getValue().passwordHash()).isEqualTo("hashed");
    }

    @Test
    void doesNothingWithoutSettingsOrWhenAnAdminExists() {
        bootstrap("", "").run(null);
        given(users.anyWithRole(Role.ADMIN)).willReturn(true);
        bootstrap("admin@school.ph", "ulan sa tag-araw ng Maynila").run(null);

        verify(users, never()).create(any());
    }

    @Test
    void aWeakPasswordStopsTheStartUp() {
        assertThatThrownBy(() -> bootstrap("admin@school.ph", "admin123").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BRAINBYTES_BOOTSTRAP_ADMIN_PASSWORD")
                .hasMessageNotContaining("admin123");
        verify(users, never()).create(any());
    }

    private BootstrapAdmin bootstrap(String email, String password) {
        return new BootstrapAdmin(users, passwords, POLICY, email, password);
    }
}
