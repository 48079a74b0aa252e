package ph.brainbytes.frontend.backend;

import java.util.List;

/** One page of a numbered list (the admin APIs page by number, counting from 0). */
public record BackendPage<T>(List<T> items, int page, int size, long totalItems) {

    public BackendPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    /** The number people read, counting from 1. */
    public int shownNumber() {
        return page + 1;
    }

    public long pageCount() {
        return size == 0 ? 1 : Math.max(1, (totalItems + size - 1) / size);
    }
}
