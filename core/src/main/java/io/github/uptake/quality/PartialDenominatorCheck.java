package io.github.uptake.quality;

import java.util.List;

/**
 * Finds units that have no denominator of their own while some of their units below have none
 * either, naming those units: the unit's rate then covers only the units that have one, and is
 * shown marked partial ({@link io.github.uptake.rollup.PartialRate}), never silently dropped for
 * every ancestor.
 */
public final class PartialDenominatorCheck extends WarningCheck {
    /** The check's id. */
    public static final String ID = "denominator.partial";

    /** Creates the check. */
    public PartialDenominatorCheck() {
        super(ID);
    }

    @Override
    public List<Finding> run(QualityContext context) {
        return context.engine().denominatorFindings().stream()
                .filter(f -> f.checkId().equals(ID)).toList();
    }
}
