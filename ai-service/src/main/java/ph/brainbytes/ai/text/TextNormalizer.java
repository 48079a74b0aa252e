package ph.brainbytes.ai.text;

import java.text.Normalizer;
import org.springframework.stereotype.Component;

/**
 * Puts a question into one canonical form before any screening or parsing: Unicode NFKC (so
 * full-width digits and look-alike letters cannot slip past the safety screen), typographic math
 * symbols as ASCII operators, no control characters, single spaces.
 */
@Component
public class TextNormalizer {

    public String normalize(String text) {
        // Symbols first: NFKC alone would turn x² into x2.
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(mapped(cp)));
        return Normalizer.normalize(out, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String mapped(int codePoint) {
        return switch (codePoint) {
            case '\u2212', '\u2013', '\u2014' -> "-";
            case '\u00d7', '\u22c5', '\u00b7' -> "*";
            case '\u00f7', '\u2215' -> "/";
            case '\u00b2' -> "^2";
            case '\u00b3' -> "^3";
            case '\u2018', '\u2019' -> "'";
            case '\u201c', '\u201d' -> "\"";
            default -> Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
        };
    }
}
