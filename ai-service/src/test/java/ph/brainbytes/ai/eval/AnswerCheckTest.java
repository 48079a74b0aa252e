package ph.brainbytes.ai.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    @Test
    void onlyTheFinalLineCounts() {
        String text = "1. x = 4 looks tempting\n2. but no\n\n**Answer:** x = 5";
        assertThat(AnswerCheck.mathCorrect("x = 5", text)).isTrue();
        assertThat(AnswerCheck.mathCorrect("x = 4", text)).isFalse();
    }

    @Test
    void spacingMarkdownPesosAndMinusSignsAreNormalised() {
        assertThat(AnswerCheck.mathCorrect("x = 4", "**Answer:** x=4")).isTrue();
        assertThat(AnswerCheck.mathCorrect("₱156", "**Sagot:** ₱156.00 lahat")).isTrue();
        assertThat(AnswerCheck.mathCorrect("₱1250", "**Answer:** ₱1,250")).isTrue();
        assertThat(AnswerCheck.mathCorrect("x = -1 or x = 4", "**Answer:** x = 4, x = \u22121."))
                .isTrue();
    }

    @Test
    void aLongerNumberIsNotTheExpectedOne() {
        assertThat(AnswerCheck.mathCorrect("x = 2", "**Answer:** x = 25")).isFalse();
        assertThat(AnswerCheck.mathCorrect("3", "**Answer:** 3/4")).isFalse();
        assertThat(AnswerCheck.mathCorrect("₱23", "**Answer:** ₱23.80")).isFalse();
        assertThat(AnswerCheck.mathCorrect("x = 7, y = 3", "**Answer:** x = 7, y = 4"))
                .isFalse();
    }

    @Test
    void anyKeywordIsAHitRegardlessOfCase() {
        assertThat(AnswerCheck.keywordHit(List.of("glucose", "Chlorophyll"), "uses CHLOROPHYLL"))
                .isTrue();
        assertThat(AnswerCheck.keywordHit(List.of("glucose"), "nothing relevant"))
                .isFalse();
    }
}
