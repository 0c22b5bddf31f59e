package io.github.uptake.quality;

import java.util.List;

/**
 * Finds units whose declared denominator differs from the sum of their children's by more than the
 * roll-up policy's tolerance (see {@link io.github.uptake.rollup.RollUpPolicy#denominatorTolerance()}).
 * Both figures are kept by the engine; this check only reports the disagreement.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DenominatorMismatchCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "denominator.mismatch";

    /** Creates the check; it has no settings. */
    public DenominatorMismatchCheck() {
        super(ID);
    }

    @Override
    public List<Finding> run(QualityContext context) {
        return context.engine().denominatorFindings().stream()
                .filter(f -> f.checkId().equals(ID)).toList();
    }
}
