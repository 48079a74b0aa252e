package ph.brainbytes.ai.tutor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "What's the answer?" after a Socratic turn: the learner asks for what was held back, so the
 * tutor answers their previous question in full.
 */
final class RevealRequest {

    private static final Pattern ASK_FOR_ANSWER = Pattern.compile(
            "^(?:please |pls |paki)?(?:(?:give|show|tell) me the (?:answer|solution)|what(?:'s| is) the answer"
                    + "|(?:ano|ibigay mo|ibigay|pakita mo)(?: na)?(?: po)? (?:ang|yung) sagot|sagot na"
                    + "|i give up|suko na(?: ako)?|answer please)(?: po)?[\\s!.?]*$");

    private RevealRequest() {}

    /** The learner's previous question when this message asks for its answer. */
    static Optional<String> previousQuestion(String normalizedText, List<TutorRequest.Turn> history) {
        if (!ASK_FOR_ANSWER.matcher(normalizedText.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("student".equals(history.get(i).role())) {
                return Optional.of(history.get(i).text());
            }
        }
        return Optional.empty();
    }
}
