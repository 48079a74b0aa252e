package ph.brainbytes.backend.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesAreEightCharactersWithoutLookAlikesAndDoNotRepeat() {
        JoinCodes codes = new JoinCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(8).doesNotContainPattern("[01OIL]");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void aCodeReadAloudAndTypedLooselyStillMatches() {
        assertThat(JoinCodes.normalise(" ab2c-d3ef ")).isEqualTo("AB2CD3EF");
    }
}
