package ph.brainbytes.ai.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ph.brainbytes.ai.tutor.TutorPipeline;

/**
 * Latency of the offline engine per question kind, after a warm-up, and the heap it holds with
 * the lesson index loaded. A timed harness, not a test: the numbers depend on the machine.
 */
final class Benchmark {

    static final int WARM_UP_ROUNDS = 5;
    static final int MEASURED_ROUNDS = 10;

    private Benchmark() {}

    /** Runs the set {@link #MEASURED_ROUNDS} times after {@link #WARM_UP_ROUNDS} and prints the figures. */
    static String run(List<EvalItem> items) {
        long baseline = heapAfterGc();
        StringBuilder out = new StringBuilder();
        try (OfflineEngine engine = OfflineEngine.start()) {
            TutorPipeline pipeline = engine.pipeline();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                Evaluation.run(pipeline, items);
            }
            Map<String, List<Double>> millisByKind = new TreeMap<>();
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                for (EvalOutcome outcome : Evaluation.run(pipeline, items)) {
                    millisByKind
                            .computeIfAbsent(outcome.item().kind(), k -> new ArrayList<>())
                            .add(outcome.millis());
                    millisByKind.computeIfAbsent("all", k -> new ArrayList<>()).add(outcome.millis());
                }
            }
            long loaded = heapAfterGc();
            out.append(String.format("%-14s %6s %9s %9s %9s%n", "kind", "n", "p50 ms", "p99 ms", "max ms"));
            millisByKind.forEach((kind, millis) -> {
                double[] sorted = millis.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                out.append(String.format(
                        "%-14s %6d %9.2f %9.2f %9.2f%n",
                        kind,
                        sorted.length,
                        percentile(sorted, 50),
                        percentile(sorted, 99),
                        sorted[sorted.length - 1]));
            });
            out.append(String.format(
                    "heap used after GC: %.1f MB with the engine and index loaded (%.1f MB before start-up,"
                            + " so the engine holds %.1f MB); max heap %.0f MB%n",
                    mb(loaded),
                    mb(baseline),
                    mb(loaded - baseline),
                    mb(Runtime.getRuntime().maxMemory())));
        }
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // A few collections: one may leave objects that only the next frees.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
