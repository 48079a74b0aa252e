package ph.brainbytes.system;

import java.util.ArrayList;
import java.util.List;

/** Bytes per page load against the data-saver budget: 50 KB for a first visit, 20 KB afterwards. */
final class PageWeights {

    static final long FIRST_LOAD_BUDGET = 50 * 1024;
    static final long LATER_LOAD_BUDGET = 20 * 1024;

    private record Load(String page, boolean first, long bytes) {

        long budget() {
            return first ? FIRST_LOAD_BUDGET : LATER_LOAD_BUDGET;
        }
    }

    private final List<Load> loads = new ArrayList<>();

    void add(String page, boolean first, long bytes) {
        loads.add(new Load(page, first, bytes));
    }

    List<String> overBudget() {
        return loads.stream()
                .filter(load -> load.bytes() > load.budget())
                .map(load -> load.page() + " " + load.bytes() + " B")
                .toList();
    }

    String table() {
        StringBuilder table = new StringBuilder("\npage             load    transferred  budget\n");
        for (Load load : loads) {
            table.append(String.format(
                    "%-16s %-7s %8.1f KB  %4d KB%n",
                    load.page(), load.first() ? "first" : "later", load.bytes() / 1024.0, load.budget() / 1024));
        }
        return table.toString();
    }
}
