package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The data-quality findings of one kind.
 *
 * @param kind  the check's id, e.g. {@code count.decreasing}, not null
 * @param label  the kind's name in the page's language, not null
 * @param items  the findings written out, the latest first, each "name (code), day: message",
 *     without repeats, not null
 * @param total  how many findings of the kind there are, {@code items.size()} or more
 */
public record FindingGroup(String kind, String label, List<String> items, int total) {
    /** Copies the list and checks the total. */
    public FindingGroup {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " < " + items.size());
        }
    }

    /** Returns how many findings of the kind are not written out. */
    public int more() {
        return total - items.size();
    }
}
