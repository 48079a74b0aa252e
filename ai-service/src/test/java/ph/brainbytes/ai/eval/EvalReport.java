package ph.brainbytes.ai.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Accuracy per metric over all items, per question kind and per language, as a printable table. */
final class EvalReport {

    private static final List<String> KINDS = List.of("math-compute", "concept", "safety", "injection", "greeting");
    private static final List<String> LANGUAGES = List.of("en", "fil", "taglish");

    private final List<EvalOutcome> outcomes;

    EvalReport(List<EvalOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** Share of the applicable items that passed; NaN when none applies. */
    double accuracy(Metric metric) {
        return accuracy(metric, outcomes);
    }

    /** The metrics below their target, with their accuracy. */
    Map<Metric, Double> belowTarget() {
        Map<Metric, Double> failing = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            double value = accuracy(metric);
            if (!Double.isNaN(value) && value < metric.target()) {
                failing.put(metric, value);
            }
        }
        return failing;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-14s %5s", "group", "n"));
        for (Metric metric : Metric.values()) {
            out.append(String.format(" %10s", metric.label()));
        }
        out.append('\n');
        Map<String, List<EvalOutcome>> byKind = group(o -> o.item().kind());
        Map<String, List<EvalOutcome>> byLanguage = group(o -> o.item().language());
        KINDS.forEach(kind -> row(out, "kind " + kind, byKind.getOrDefault(kind, List.of())));
        LANGUAGES.forEach(language -> row(out, "lang " + language, byLanguage.getOrDefault(language, List.of())));
        row(out, "all", outcomes);
        out.append(String.format("%-14s %5s", "target", ""));
        for (Metric metric : Metric.values()) {
            out.append(String.format(" %10s", metric.target() > 0 ? percent(metric.target()) : "-"));
        }
        return out.append('\n').toString();
    }

    /** The items that failed a metric, one line each, for fixing the engine. */
    List<String> failures() {
        List<String> lines = new ArrayList<>();
        for (EvalOutcome outcome : outcomes) {
            outcome.verdicts().forEach((metric, passed) -> {
                if (!passed) {
                    lines.add(String.format(
                            "%-14s %-10s %s | got lang=%s subject=%s type=%s safety=%s | %s",
                            outcome.item().id(),
                            metric.label(),
                            outcome.item().text(),
                            outcome.reply().language(),
                            outcome.reply().subject(),
                            outcome.reply().questionType(),
                            outcome.reply().safetyCategory(),
                            AnswerCheck.finalLine(outcome.reply().text())));
                }
            });
        }
        return lines;
    }

    private Map<String, List<EvalOutcome>> group(Function<EvalOutcome, String> key) {
        return outcomes.stream().collect(Collectors.groupingBy(key));
    }

    private static void row(StringBuilder out, String name, List<EvalOutcome> group) {
        out.append(String.format("%-14s %5d", name, group.size()));
        for (Metric metric : Metric.values()) {
            double value = accuracy(metric, group);
            out.append(String.format(" %10s", Double.isNaN(value) ? "-" : percent(value)));
        }
        out.append('\n');
    }

    private static double accuracy(Metric metric, List<EvalOutcome> group) {
        long applicable =
                group.stream().filter(o -> o.verdicts().containsKey(metric)).count();
        long passed = group.stream()
                .filter(o -> Boolean.TRUE.equals(o.verdicts().get(metric)))
                .count();
        return applicable == 0 ? Double.NaN : (double) passed / applicable;
    }

    private static String percent(double value) {
        return String.format("%.1f%%", value * 100);
    }
}
