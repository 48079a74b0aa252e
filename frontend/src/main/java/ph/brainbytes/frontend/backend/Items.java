package ph.brainbytes.frontend.backend;

import java.util.List;

/** A whole list the backend wraps as {@code {items: [...]}}. */
record Items<T>(List<T> items) {

    List<T> orEmpty() {
        return items == null ? List.of() : items;
    }
}
