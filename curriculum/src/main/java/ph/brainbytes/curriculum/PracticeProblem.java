package ph.brainbytes.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A practice problem belonging to a lesson, with hints in the order a tutor would give them.
 *
 * @param answers every accepted form of the answer, the first being the canonical one
 */
public record PracticeProblem(
        String id,
        String lessonId,
        int difficulty,
        LocalizedText prompt,
        List<String> answers,
        List<LocalizedText> hints,
        LocalizedText solution) {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    public PracticeProblem {
        answers = List.copyOf(answers);
        hints = List.copyOf(hints);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("problem " + id + " has no answer");
        }
    }

    /**
     * Whether a learner's reply matches an accepted answer, ignoring case, spaces, a leading
     * {@code x =} and number formatting ({@code 5}, {@code 5.0} and {@code 5.00} are the same).
     */
    public boolean accepts(String reply) {
        if (reply == null || reply.isBlank()) {
            return false;
        }
        String given = normalise(reply);
        return answers.stream().map(PracticeProblem::normalise).anyMatch(given::equals);
    }

    static String normalise(String text) {
        String compact = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        compact = compact.replaceFirst("^[a-z]=", "");
        if (compact.endsWith(".")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        if (THOUSANDS.matcher(compact).matches()) {
            compact = compact.replace(",", "");
        }
        try {
            return new BigDecimal(compact).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return compact;
        }
    }
}
