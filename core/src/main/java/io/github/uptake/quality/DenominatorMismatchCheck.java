package io.github.uptake.quality;

import java.util.List;

/**
 * Finds units whose declared denominator differs from the sum of their children's by more than the
 * roll-up policy's tolerance (see {@link io.github.uptake.rollup.RollUpPolicy#denominatorTolerance()}).
 * Both figures are kept by the engine; this check only reports the disagreement.
 */
public final class DenominatorMismatchCheck extends WarningCheck {
    /** The check's id. */
    public static final String ID = "denominator.mismatch";

    /** Creates the check. */
    public DenominatorMismatchCheck() {
        super(ID);
    }

    @Override
    public List<Finding> run(QualityContext context) {
        return context.engine().denominatorFindings().stream()
                .filter(f -> f.checkId().equals(ID)).toList();
    }
}
