package ph.brainbytes.ai.llm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes personal details from text before it leaves for an outside model: e-mail addresses,
 * Philippine mobile and landline numbers, and learner reference numbers. The tutor never needs
 * them to teach, and a student may type them without thinking.
 */
public final class PersonalData {

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"), "[email]"),
            // 09xx xxx xxxx, +63 9xx xxx xxxx, 63-9xx…, with spaces, dots or dashes between groups.
            new Rule(
                    Pattern.compile("(?<![\\d+])(?:\\+?63[\\s.-]?|0)9\\d{2}[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)"),
                    "[phone]"),
            // Landlines: (02) 8123-4567, 02-8123-4567, +63 2 8123 4567, (032) 234-5678.
            new Rule(
                    Pattern.compile(
                            "(?<![\\d+])(?:\\+63[\\s.-]?|\\(0\\d{1,3}\\)\\s?|0\\d{1,3}[\\s.-])\\d{3,4}[\\s.-]\\d{4}(?!\\d)"),
                    "[phone]"),
            // The DepEd learner reference number has twelve digits; only redacted when named, so sums stay.
            new Rule(Pattern.compile("(?i)\\bLRN\\b[^\\d\\n]{0,15}\\d{12}\\b"), "LRN [id]"));

    private PersonalData() {}

    public static String redact(String text) {
        String redacted = text;
        for (Rule rule : RULES) {
            redacted = rule.pattern().matcher(redacted).replaceAll(rule.replacement());
        }
        return redacted;
    }

    private record Rule(Pattern pattern, String replacement) {}
}
