package ph.brainbytes.ai.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MathSolverTest {

    private static final Algebra ALGEBRA = new Algebra();

    private static final Calculator CALCULATOR = new Calculator(ALGEBRA);

    private final EquationTools tools = new EquationTools(ALGEBRA);
    private final MathSolver solver = new MathSolver(
            new ArithmeticSteps(ALGEBRA),
            new EquationSteps(ALGEBRA, tools, new QuadraticSteps(ALGEBRA, tools), new SystemSteps(ALGEBRA, tools)),
            new WordProblems(),
            appliedProblems());

    static AppliedProblems appliedProblems() {
        return new AppliedProblems(
                new ChangeProblems(CALCULATOR),
                new Fares(CALCULATOR),
                new Percentages(CALCULATOR),
                new Measurements(CALCULATOR),
                new Conversions(CALCULATOR),
                new Averages(CALCULATOR),
                new Proportions(CALCULATOR));
    }

    private MathSolution solve(String question) {
        return solver.solve(question).orElseThrow(() -> new AssertionError("no math found in " + question));
    }

    private static List<String> keys(MathSolution solution) {
        return solution.work().stream().map(Step::key).toList();
    }

    @Test
    void aLinearEquationIsSolvedWithItsStepsAndChecked() {
        MathSolution solution = solve("Solve for x: 2x + 3 = 11");

        assertThat(solution.kind()).isEqualTo(MathSolution.Kind.LINEAR);
        assertThat(solution.answer()).isEqualTo(Step.of("math.answer.equation", "x = 4"));
        assertThat(keys(solution))
                .containsExactly("math.equation.start", "math.linear.collect", "math.linear.divide", "math.check");
        assertThat(solution.work().get(0).args()).containsExactly("2x + 3 = 11");
        assertThat(solution.work().get(3).args()).containsExactly("x = 4", "11", "11");
    }

    @Test
    void parenthesesAreSimplifiedFirst() {
        MathSolution solution = solve("2(x + 3) = 5x - 9");

        assertThat(solution.work().get(1)).isEqualTo(Step.of("math.linear.simplify", "2x + 6 = 5x - 9"));
        assertThat(solution.answer().args()).containsExactly("x = 5");
    }

    @Test
    void equationsWithoutAUniqueAnswerSaySo() {
        assertThat(solve("x = x").answer().key()).isEqualTo("math.linear.identity");
        assertThat(solve("2x + 1 = 2x").answer().key()).isEqualTo("math.linear.contradiction");
    }

    @Test
    void higherDegreesAndFractionsWithTheUnknownBelowAreSolvedToo() {
        assertThat(solve("x^3 - 6x^2 + 11x - 6 = 0").answer())
                .isEqualTo(Step.of("math.answer.roots", "x = 1, x = 2, x = 3"));
        assertThat(solve("1/x = 2").answer()).isEqualTo(Step.of("math.answer.roots", "x = 1/2"));
    }

    @Test
    void aFractionalRootAlsoGetsItsDecimal() {
        assertThat(solve("2x = 5").answer()).isEqualTo(Step.of("math.answer.decimal", "x = 5/2", "2.5"));
    }

    @Test
    void aQuadraticGoesThroughTheDiscriminant() {
        MathSolution solution = solve("x^2 - 5x + 6 = 0");

        assertThat(solution.kind()).isEqualTo(MathSolution.Kind.QUADRATIC);
        assertThat(solution.work())
                .contains(Step.of("math.quadratic.standard", "x² - 5x + 6 = 0", "1", "-5", "6"))
                .contains(Step.of("math.quadratic.discriminant", "1"));
        assertThat(solution.answer()).isEqualTo(Step.of("math.answer.roots", "x = 2, x = 3"));
    }

    @Test
    void aQuadraticWithNegativeDiscriminantHasNoRealRoot() {
        assertThat(solve("x^2 + x + 1 = 0").answer().key()).isEqualTo("math.answer.no-real");
    }

    @Test
    void aSystemIsSolvedBySubstitution() {
        MathSolution solution = solve("x + y = 10 and x - y = 2");

        assertThat(solution.kind()).isEqualTo(MathSolution.Kind.SYSTEM);
        assertThat(solution.work())
                .contains(Step.of("math.system.isolate", "y = 10 - x"))
                .contains(Step.of("math.system.substitute", "2x - 10 = 2", "x = 6"));
        assertThat(solution.answer().args()).containsExactly("x = 6, y = 4");
    }

    @Test
    void parallelLinesHaveNoSingleSolution() {
        assertThat(solve("x + y = 1, x + y = 2").answer().key()).isEqualTo("math.system.not-unique");
    }

    @Test
    void arithmeticKeepsFractionsExact() {
        MathSolution solution = solve("What is 1/2 + 1/3?");

        assertThat(solution.answer()).isEqualTo(Step.of("math.answer.value", "1/2 + 1/3", "5/6"));
        assertThat(keys(solution)).contains("math.arithmetic.decimal");
        assertThat(solve("Ano ang 3 + 4 * 2?").answer().args()).containsExactly("3 + 4 × 2", "11");
    }

    @Test
    void divisionByZeroIsExplainedNotCrashed() {
        assertThat(solve("5/0 = ?").answer().key()).isEqualTo("math.arithmetic.undefined");
    }

    @Test
    void aFilipinoUnitPriceProblemIsMultiplied() {
        MathSolution solution = solve("Magkano ang 3 kilo ng bigas kung ₱52 ang isang kilo?");

        assertThat(solution.kind()).isEqualTo(MathSolution.Kind.UNIT_PRICE);
        assertThat(solution.answer()).isEqualTo(Step.of("word.unit-price.answer", "3", "kilo", "₱156"));
    }

    @Test
    void anEnglishUnitPriceProblemKeepsCentavos() {
        MathSolution solution = solve("How much do 4 notebooks cost at ₱12.50 each?");

        assertThat(solution.answer()).isEqualTo(Step.of("word.unit-price.answer", "4", "notebooks", "₱50"));
        assertThat(solution.work().get(0).args()).containsExactly("notebooks", "₱12.50", "4");
    }

    @Test
    void cueWordsPickTheOperation() {
        assertThat(solve("Ana had 10 mangoes and gave away 3. How many are left?")
                        .answer()
                        .args())
                .containsExactly("7");
        assertThat(solve("May 24 na kendi na hahatiin nang pantay sa 6 na bata. Ilan ang makukuha ng bawat isa?")
                        .answer()
                        .args())
                .containsExactly("4");
    }

    @Test
    void questionsWithoutMathAreLeftAlone() {
        assertThat(solver.solve("What is photosynthesis?")).isEmpty();
        assertThat(solver.solve("Who founded the Katipunan in 1892?")).isEmpty();
    }

    @Test
    void hugePowersAndWordsNeverReachTheAlgebraSystem() {
        assertThat(solver.solve("(2^12)^12^12 = x")).isEmpty();
        assertThat(solve("Import(x) = 2").work().get(0).args()).containsExactly("(x) = 2");
        assertThat(solver.solve("2^99 = x")).isEmpty();
    }

    private String answerOf(String question) {
        MathSolution solution = solve(question);
        return String.join(" ", solution.answer().args());
    }

    @Test
    void percentDiscountVatAndInterestArePesosOfTheRightBase() {
        assertThat(answerOf("what is 20% of 350")).isEqualTo("20% 350 70");
        assertThat(answerOf("a bag costs ₱850 with 10% discount how much will i pay"))
                .isEqualTo("₱765");
        assertThat(answerOf("magkano ang ₱250 kapag may VAT")).isEqualTo("₱280");
        assertThat(answerOf("magkano ang VAT ng ₱500 na 12% vat")).isEqualTo("₱60");
        assertThat(answerOf("simple interest on ₱10,000 at 5% for 3 years")).isEqualTo("₱1500");
        assertThat(answerOf("what percent is 18 of 24")).isEqualTo("18 24 75%");
    }

    @Test
    void measurementsCarryTheirSquareOrCubicUnit() {
        assertThat(answerOf("area ng tatsulok na may base na 10 cm at taas na 6 cm"))
                .isEqualTo("30 cm²");
        assertThat(answerOf("circumference of a circle with diameter 14 cm use pi = 22/7"))
                .isEqualTo("44 cm");
        assertThat(answerOf("volume of a box 4 cm long 3 cm wide and 5 cm high"))
                .isEqualTo("60 cm³");
        assertThat(answerOf("area of a circle with radius 10 m")).isEqualTo("314 m²");
    }

    @Test
    void unitsConvertWithinTheirKindOnly() {
        assertThat(answerOf("ilang metro ang 4 na kilometro")).isEqualTo("4 km 4000 m");
        assertThat(answerOf("convert 750 ml to liters")).isEqualTo("750 mL 0.75 L");
        assertThat(answerOf("how many minutes are in 2.5 hours")).isEqualTo("2.5 h 150 min");
        assertThat(solver.solve("convert 5 kg to meters")).isEmpty();
    }

    @Test
    void averagesFaresChangeAndProportions() {
        assertThat(answerOf("average of 85, 90, 78 and 95")).isEqualTo("87");
        assertThat(answerOf("jeepney fare is ₱13 for the first 4 km and ₱1.80 for every km after. how much for 10 km"))
                .isEqualTo("10 ₱23.80");
        assertThat(
                        answerOf(
                                "bumili ako ng 2 softdrinks na tig ₱25 at chichirya na ₱18, nagbayad ako ng ₱100 magkano sukli"))
                .isEqualTo("₱32");
        assertThat(answerOf("if 3 pencils cost ₱24 how much do 5 pencils cost")).isEqualTo("5 ₱40");
        assertThat(answerOf("the ratio of boys to girls is 2:3 and there are 12 boys how many girls"))
                .isEqualTo("18 girls");
    }

    @Test
    void spokenOperatorsAndRatiosBecomeSymbols() {
        assertThat(answerOf("what is 3/5 divided by 2/3")).endsWith("9/10");
        assertThat(answerOf("1/2 x 3/5 = ?")).endsWith("3/10");
        assertThat(answerOf("find x if x:12 = 3:4")).isEqualTo("x = 9");
        assertThat(answerOf("lutasin: x + 2y = 8, 3x - y = 3")).isEqualTo("x = 2, y = 3");
    }
}
