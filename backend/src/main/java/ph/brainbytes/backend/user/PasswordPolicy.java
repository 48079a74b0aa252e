package ph.brainbytes.backend.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B: a length range and a block list of common and breached passwords, no composition rules. Length
 * counts characters after NFKC normalisation, so a password typed on another keyboard still counts the same.
 */
@Component
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** From the MIT-licensed @zxcvbn-ts/language-common 4.1.3 (see NOTICE), lower-cased. */
    private static final String BLOCK_LIST = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The message key saying what is wrong with {@code password}, or empty when it is acceptable. */
    public Optional<String> problem(String password) {
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        if (common.contains(normalised.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    int blockListSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65_536);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(BLOCK_LIST).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().map(line -> line.strip().toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The password block list is missing from the build", e);
        }
        return Set.copyOf(words);
    }
}
