package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.Threshold;
import io.github.uptake.problem.Severity;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds parents whose own reported figure differs from the sum of their children's by more than a
 * tolerance (a share of the children's sum), on the last judged day.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParentFigureCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "parent.own-figure-mismatch";
    /** The default tolerance: 1% of the children's sum. */
    public static final Threshold DEFAULT_TOLERANCE = Threshold.of(1, 100);

    private final Threshold tolerance;

    /**
     * Creates the check with its tolerance; the default is {@link #DEFAULT_TOLERANCE}.
     *
     * @param tolerance  the share of the children's sum the figures may differ by, e.g.
     *     {@link #DEFAULT_TOLERANCE}, not null
     * @throws NullPointerException if the tolerance is null
     */
    public ParentFigureCheck(Threshold tolerance) {
        super(ID);
        this.tolerance = Checks.notNull(tolerance, "tolerance");
    }

    @Override
    public List<Finding> run(QualityContext context) {
        Snapshot snap = context.snapshot();
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < snap.version().size(); i++) {
            if (snap.version().isLeafAt(i)) {
                continue;
            }
            NodeResult n = snap.nodeAt(i);
            if (n.ownFigure().isEmpty()) {
                continue;
            }
            long own = n.ownFigure().getAsLong();
            long sum = n.childrenSum().getAsLong();
            long diff = Math.abs(own - sum);
            if (diff * tolerance.denominator() > tolerance.numerator() * sum) {
                out.add(new Finding(ID, Severity.WARNING, n.code(), snap.segment(), snap.date(),
                        "Số tự báo cáo của " + n.code() + " (" + vi.count(own) + ") lệch "
                                + vi.count(diff) + " so với tổng của các đơn vị trực thuộc ("
                                + vi.count(sum) + ").",
                        "The own figure of " + n.code() + " (" + en.count(own) + ") differs by "
                                + en.count(diff) + " from the sum of its children ("
                                + en.count(sum) + ")."));
            }
        }
        return out;
    }
}
