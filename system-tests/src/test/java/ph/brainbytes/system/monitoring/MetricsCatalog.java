package ph.brainbytes.system.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Custom metrics" tables of docs/02-metrics-catalog.md read as data: one {@link Row} per
 * metric name, with its type, its label names and the service that records it. Rows under the
 * "Pending" heading are marked pending: named so that rules and dashboards can use them, recorded
 * on another branch.
 */
record MetricsCatalog(List<MetricsCatalog.Row> rows) {

    static final Path FILE = Tool.root().resolve("docs/02-metrics-catalog.md");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** A label's list of values: {@code = `a` \| `b`}, which is not a label name. */
    private static final Pattern VALUES = Pattern.compile("=\\s*`[^`]*`(\\s*\\\\?\\|\\s*`[^`]*`)*");

    /** One catalogued metric. {@code service} is null for pending rows. */
    record Row(String name, String type, Set<String> labels, String service, boolean pending) {}

    static MetricsCatalog read() throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inCustom = false;
        boolean pending = false;
        for (String line : Files.readAllLines(FILE)) {
            if (line.startsWith("## ")) {
                inCustom = line.strip().equals("## Custom metrics");
                pending = false;
            } else if (inCustom && line.startsWith("### ")) {
                pending = line.toLowerCase(java.util.Locale.ROOT).contains("pending");
            } else if (inCustom && line.startsWith("| `")) {
                rows.addAll(parse(line, pending));
            }
        }
        return new MetricsCatalog(List.copyOf(rows));
    }

    List<Row> recorded() {
        return rows.stream().filter(row -> !row.pending()).toList();
    }

    /** The catalogued metric a series name belongs to ({@code _bucket}, {@code _count}, … stripped), or null. */
    Row owner(String series) {
        for (Row row : rows) {
            if (series.equals(row.name())
                    || series.matches(Pattern.quote(row.name()) + "_(bucket|count|sum|max|created)")) {
                return row;
            }
        }
        return null;
    }

    private static List<Row> parse(String line, boolean pending) {
        String[] cells = line.split("(?<!\\\\)\\|");
        // cells[0] is the empty text before the first bar.
        List<String> names = codes(cells[1]);
        String type = cells[2].strip();
        Set<String> labels = new LinkedHashSet<>();
        if (!cells[3].strip().equals("—")) {
            String withoutValues =
                    VALUES.matcher(cells[3].replaceAll("\\([^)]*\\)", " ")).replaceAll(" ");
            labels.addAll(codes(withoutValues));
        }
        String service = pending ? null : cells[5].strip().split("\\s+")[0];
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new Row(name, type, Set.copyOf(labels), service, pending));
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
