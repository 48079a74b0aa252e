package ph.brainbytes.ai.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges an answer text against an item's expectation. Math is read from the answer's final
 * result line only, so a number that appears in a step cannot pass for the result.
 */
final class AnswerCheck {

    private static final Pattern ASSIGNMENT = Pattern.compile("([a-z])=(-?[0-9./]+)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern WHOLE_CENTAVOS = Pattern.compile("(?<=\\d)\\.0+(?!\\d)");

    private AnswerCheck() {}

    /** The last non-blank line: where the offline tutor states the result. */
    static String finalLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /**
     * Whether the expected result is what the final line states: every {@code x = value} of an
     * equation answer, in any order and with any separator, or else the value itself as a whole token.
     */
    static boolean mathCorrect(String expected, String text) {
        String line = normalize(finalLine(text));
        String want = normalize(expected);
        Matcher assignments = ASSIGNMENT.matcher(want);
        boolean anyAssignment = false;
        while (assignments.find()) {
            anyAssignment = true;
            if (!containsToken(line, assignments.group())) {
                return false;
            }
        }
        return anyAssignment || containsToken(line, want);
    }

    static boolean keywordHit(List<String> keywords, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }

    /** Lower case, no spaces or Markdown, ASCII minus, no thousands commas, ₱156.00 as ₱156. */
    static String normalize(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replace("**", "")
                .replace('\u2212', '-')
                .replace("^2", "²")
                .replace("^3", "³")
                .replaceAll("\\s+", "");
        plain = THOUSANDS.matcher(plain).replaceAll("");
        return WHOLE_CENTAVOS.matcher(plain).replaceAll("");
    }

    /** {@code token} occurs not as part of a longer number: "x=2" is not found in "x=25" or "x=2.5". */
    private static boolean containsToken(String haystack, String token) {
        Pattern pattern = Pattern.compile("(?<![0-9.])" + Pattern.quote(token) + "(?![0-9/]|\\.[0-9])");
        return pattern.matcher(haystack).find();
    }
}
