package ph.brainbytes.backend.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void shipsALargeBlockList() {
        assertThat(POLICY.blockListSize()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void lengthCountsCharactersNotBytesAndHasAGenerousMaximum() {
        assertThat(POLICY.problem("kape123")).contains("password.too-short");
        assertThat(POLICY.problem("ñañañaña")).as("8 characters, 16 bytes").isEmpty();
        assertThat(POLICY.problem("🌻🌻🌻🌻🌻🌻🌻"))
                .as("7 characters, 14 chars in Java")
                .contains("password.too-short");
        assertThat(POLICY.problem("a".repeat(64) + " " + "b".repeat(63))).isEmpty();
        assertThat(POLICY.problem("x".repeat(129))).contains("password.too-long");
    }

    @Test
    void noCompositionRules() {
        assertThat(POLICY.problem("kumakain ng mangga sa umaga")).isEmpty();
        assertThat(POLICY.problem("zqxjvwkpmbty")).as("lower case letters only").isEmpty();
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(POLICY.problem("password1")).contains("password.common");
        assertThat(POLICY.problem("PassWord1")).contains("password.common");
        assertThat(POLICY.problem("iloveyou")).contains("password.common");
        assertThat(POLICY.problem("QWERTYUIOP")).contains("password.common");
    }
}
