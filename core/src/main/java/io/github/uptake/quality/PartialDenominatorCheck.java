package io.github.uptake.quality;

import java.util.List;

/**
 * Finds units that have no denominator of their own while some of their units below have none
 * either, naming those units: the unit's rate then covers only the units that have one, and is
 * shown marked partial ({@link io.github.uptake.rollup.PartialRate}), never silently dropped for
 * every ancestor. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartialDenominatorCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "denominator.partial";

    /** Creates the check; it has no settings. */
    public PartialDenominatorCheck() {
        super(ID);
    }

    @Override
    public List<Finding> run(QualityContext context) {
        return context.engine().denominatorFindings().stream()
                .filter(f -> f.checkId().equals(ID)).toList();
    }
}
