package ph.brainbytes.ai.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The evaluation command (see ai-service/README.md):
 *
 * <pre>
 * eval FILE [RESULTS]   accuracy table; one JSON line per item to RESULTS (default target/eval/results.jsonl)
 * bench FILE            p50/p99 latency per question kind and heap after GC
 * </pre>
 */
public final class TutorEvalCommand {

    static final Path DEFAULT_RESULTS = Path.of("target", "eval", "results.jsonl");

    private TutorEvalCommand() {}

    public static void main(String[] args) {
        if (args.length < 2 || !List.of("eval", "bench").contains(args[0])) {
            System.err.println("usage: eval FILE [RESULTS.jsonl] | bench FILE");
            return;
        }
        List<EvalItem> items = Evaluation.read(Path.of(args[1]));
        if ("bench".equals(args[0])) {
            System.out.print(Benchmark.run(items));
            return;
        }
        Path results = args.length > 2 ? Path.of(args[2]) : DEFAULT_RESULTS;
        try (OfflineEngine engine = OfflineEngine.start()) {
            List<EvalOutcome> outcomes = Evaluation.run(engine.pipeline(), items);
            Evaluation.write(outcomes, results);
            EvalReport report = new EvalReport(outcomes);
            System.out.println(String.join("\n", report.failures()));
            System.out.println();
            System.out.print(report.table());
            System.out.println("results: " + results.toAbsolutePath());
        }
    }
}
