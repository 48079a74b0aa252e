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
 *
 * <p>The service caches answers by question and subject hint. Each timed request carries a hint
 * of its own that names no subject, which changes nothing in the answer but makes it a cache miss:
 * the figures are the engine's work. Cached answers are timed separately.
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
                timed(pipeline, items, round);
            }
            Map<String, List<Double>> millisByKind = new TreeMap<>();
            for (int round = WARM_UP_ROUNDS; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
                for (EvalOutcome outcome : timed(pipeline, items, round)) {
                    millisByKind
                            .computeIfAbsent(outcome.item().kind(), k -> new ArrayList<>())
                            .add(outcome.millis());
                    millisByKind.computeIfAbsent("all", k -> new ArrayList<>()).add(outcome.millis());
                }
            }
            // The same questions again, now answered from the cache.
            List<Double> cached = new ArrayList<>();
            for (EvalOutcome outcome : timed(pipeline, items, WARM_UP_ROUNDS)) {
                cached.add(outcome.millis());
            }
            millisByKind.put("all (cached)", cached);
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

    /** One pass over the set, every request a cache miss for this round. */
    private static List<EvalOutcome> timed(TutorPipeline pipeline, List<EvalItem> items, int round) {
        List<EvalOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            outcomes.add(Evaluation.ask(pipeline, items.get(i), "bench-" + round + "-" + i));
        }
        return outcomes;
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
