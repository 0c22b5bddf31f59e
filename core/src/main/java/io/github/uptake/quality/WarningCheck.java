package io.github.uptake.quality;

import io.github.uptake.problem.Severity;

/**
 * The common part of the library's checks: an id and the warning severity of their findings.
 * Subclasses say what they look at in {@link #run}.
 */
abstract class WarningCheck implements QualityCheck {
    private final String id;

    WarningCheck(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return Severity.WARNING;
    }
}
