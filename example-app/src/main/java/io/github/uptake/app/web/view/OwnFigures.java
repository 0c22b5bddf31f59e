package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The parents' own figures within a unit: used or set aside, beside the sum of their units below.
 *
 * @param policy  the rule in force, a sentence, not null
 * @param rows  one per parent with a current own figure, not null
 */
public record OwnFigures(String policy, List<Row> rows) {
    /** Copies the list. */
    public OwnFigures {
        rows = List.copyOf(rows);
    }

    /**
     * A parent.
     *
     * @param code  its code, not null
     * @param unit  its code and name, not null
     * @param own  its own figure as shown, not null
     * @param children  the sum of its units below as shown, not null
     * @param use  which is used, not null
     */
    public record Row(String code, String unit, String own, String children, String use) {
    }
}
