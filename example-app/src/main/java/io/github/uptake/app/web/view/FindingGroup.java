package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The data-quality findings of one kind.
 *
 * @param kind  the check's id, e.g. {@code count.decreasing}, not null
 * @param label  the kind's name in the page's language, not null
 * @param items  the findings, each "name (code), day: message", without repeats, not null
 */
public record FindingGroup(String kind, String label, List<String> items) {
    /** Copies the list. */
    public FindingGroup {
        items = List.copyOf(items);
    }
}
