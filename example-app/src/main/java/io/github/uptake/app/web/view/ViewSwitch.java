package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The switch between the views of a unit's history: as it was, or re-based onto each later version
 * that stored crosswalks lead to. The current view is not a link.
 *
 * @param views  the views, "as it was" first, not null
 */
public record ViewSwitch(List<View> views) {
    /** Copies the list. */
    public ViewSwitch {
        views = List.copyOf(views);
    }

    /**
     * One view.
     *
     * @param id  the element's id, e.g. {@code as-it-was} or {@code rebased-2025-07-01}
     * @param label  the label, not null
     * @param href  the link, null for the view shown
     */
    public record View(String id, String label, String href) {
    }
}
