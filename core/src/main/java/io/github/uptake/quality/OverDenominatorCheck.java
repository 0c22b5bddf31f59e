package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.problem.Severity;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds units counted above their denominator (a rate over 100%) on the last judged day.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OverDenominatorCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "count.over-denominator";

    /** Creates the check; it has no settings. */
    public OverDenominatorCheck() {
        super(ID);
    }

    @Override
    public List<Finding> run(QualityContext context) {
        Snapshot snap = context.snapshot();
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < snap.version().size(); i++) {
            if (context.engine().denominatorAt(i) == null) {
                continue;
            }
            NodeResult n = snap.nodeAt(i);
            long den = n.denominator().orElseThrow().count();
            if (n.count() > den) {
                out.add(new Finding(ID, Severity.WARNING, n.code(), snap.segment(), snap.date(),
                        "Số lượng của " + n.code() + " (" + vi.count(n.count())
                                + ") vượt mẫu số " + vi.count(den) + " (" + n.denominator().orElseThrow().source()
                                + "): tỷ lệ " + vi.percent(n.count(), den) + ".",
                        "The count of " + n.code() + " (" + en.count(n.count())
                                + ") exceeds its denominator " + en.count(den) + " ("
                                + n.denominator().orElseThrow().source() + "): " + en.percent(n.count(), den)
                                + "."));
            }
        }
        return out;
    }
}
