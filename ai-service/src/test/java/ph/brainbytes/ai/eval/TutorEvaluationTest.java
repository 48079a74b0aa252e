package ph.brainbytes.ai.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed evaluation set through the real offline engine: every metric must meet its target. */
class TutorEvaluationTest {

    private static OfflineEngine engine;

    @BeforeAll
    static void start() {
        engine = OfflineEngine.start();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void theOfflineEngineMeetsEveryTargetOnTheEvaluationSet() throws Exception {
        List<EvalItem> items;
        try (InputStream in = getClass().getResourceAsStream("/eval/student-questions.jsonl")) {
            items = Evaluation.read(in);
        }
        assertThat(items).hasSizeGreaterThanOrEqualTo(200);

        List<EvalOutcome> outcomes = Evaluation.run(engine.pipeline(), items);
        Evaluation.write(outcomes, Path.of("target", "eval", "student-questions-results.jsonl"));
        EvalReport report = new EvalReport(outcomes);

        assertThat(report.belowTarget())
                .as("metrics below target\n%s\n%s", report.table(), String.join("\n", report.failures()))
                .isEmpty();
    }
}
