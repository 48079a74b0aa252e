package ph.brainbytes.ai.eval;

import java.util.List;

/**
 * One student message of the evaluation set and what a correct tutor does with it.
 *
 * @param answer the exact result of a math-compute item, else null
 * @param keywords for a concept item, terms any one of which a right answer contains
 */
record EvalItem(
        String id,
        String text,
        String language,
        String subject,
        String kind,
        String answer,
        List<String> keywords,
        Integer grade) {

    EvalItem {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
