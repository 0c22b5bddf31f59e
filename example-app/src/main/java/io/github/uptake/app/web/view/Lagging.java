package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The lagging units below a unit.
 *
 * @param under  what the list shows: how many units, the lowest rates, and how many of them are
 *     under the band, a sentence, not null
 * @param lowest  the lowest rates, "code name: rate", not null
 */
public record Lagging(String under, List<String> lowest) {
    /** Copies the list. */
    public Lagging {
        lowest = List.copyOf(lowest);
    }
}
