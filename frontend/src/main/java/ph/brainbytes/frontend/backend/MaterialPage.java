package ph.brainbytes.frontend.backend;

import java.util.List;

/** One page of the materials list; {@code nextCursor} is null on the last page. */
public record MaterialPage(List<MaterialSummary> items, String nextCursor) {

    public MaterialPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
