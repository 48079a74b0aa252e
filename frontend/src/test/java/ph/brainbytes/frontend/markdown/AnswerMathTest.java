package ph.brainbytes.frontend.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tutor's plain math notation (see the ai-service's MathFormat and its answer texts) as MathML. */
class AnswerMathTest {

    @Test
    void aFractionOfNumbers() {
        assertThat(SafeMarkdown.toSafeHtml("**Answer:** 3/4", true))
                .isEqualTo("<p><strong>Answer:</strong> <math><mrow><mfrac><mn>3</mn>"
                        + "<mn>4</mn></mfrac></mrow></math></p>\n");
    }

    @Test
    void theQuadraticFormulaWithARootInsideAFraction() {
        assertThat(AnswerMath.toMathMl("(−5 ± √(25 − 24))/(2 × 1)"))
                .isEqualTo("<math><mrow><mfrac><mrow><mo>−</mo><mn>5</mn><mo>±</mo><msqrt><mrow><mn>25</mn><mo>−</mo>"
                        + "<mn>24</mn></mrow></msqrt></mrow><mrow><mn>2</mn><mo>×</mo><mn>1</mn></mrow></mfrac>"
                        + "</mrow></math>");
    }

    @Test
    void powersAndRoots() {
        assertThat(AnswerMath.toMathMl("x^4")).isEqualTo("<math><mrow><msup><mi>x</mi><mn>4</mn></msup></mrow></math>");
        assertThat(AnswerMath.toMathMl("√2")).isEqualTo("<math><mrow><msqrt><mn>2</mn></msqrt></mrow></math>");
    }

    @Test
    void proseAroundTheMathStaysTextAndWordsAreNotMath() {
        assertThat(AnswerMath.split("The answer is x = 2 at 60 km/h and/or ₱52. x² stays."))
                .allSatisfy(segment -> assertThat(segment.isMath()).isFalse());
        assertThat(AnswerMath.split("Half is 1/2 of it."))
                .extracting(AnswerMath.Segment::text)
                .containsExactly("Half is ", "1/2", " of it.");
    }

    @Test
    void codeSpansAndOtherSubjectsAreLeftAlone() {
        assertThat(SafeMarkdown.toSafeHtml("`3/4`", true)).isEqualTo("<p><code>3/4</code></p>\n");
        assertThat(SafeMarkdown.toSafeHtml("3/4", false)).isEqualTo("<p>3/4</p>\n");
    }

    @Test
    void hostileTextInsideMathIsEscapedNeverPassedThrough() {
        String html = SafeMarkdown.toSafeHtml("(<img src=x onerror=alert(1)>)/2 and <math><mi>x</mi></math>", true);

        assertThat(html).doesNotContain("<img").doesNotContain("<math><mi>x</mi></math>");
        assertThat(html).contains("&lt;img").contains("&lt;math&gt;");
    }
}
