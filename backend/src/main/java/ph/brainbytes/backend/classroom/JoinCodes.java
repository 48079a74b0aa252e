package ph.brainbytes.backend.classroom;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Join codes a teacher can read out or write on the board: 8 characters without the look-alikes 0/O, 1/I/L, so about
 * 8.5 × 10^11 possibilities, drawn from a cryptographic generator so codes cannot be predicted from earlier ones.
 */
@Component
class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Students may type the code in lower case or with spaces and dashes, as it was read to them. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
