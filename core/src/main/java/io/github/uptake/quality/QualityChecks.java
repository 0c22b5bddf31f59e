package io.github.uptake.quality;

import io.github.uptake.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A configurable set of quality checks, run together. {@link #defaults()} holds every check of the
 * library with its default settings; drop or replace checks by id. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class QualityChecks {
    private final List<QualityCheck> checks;

    private QualityChecks(List<QualityCheck> checks) {
        this.checks = checks;
    }

    /**
     * Returns every check of the library with default settings: decreasing counts, counts over the
     * denominator, parent figures and declared denominators that differ from their children's sum,
     * units whose denominator is partial because units below have none, outlier daily increases,
     * stale units, and published rates that do not match.
     *
     * @return the checks, in that order, not null
     */
    public static QualityChecks defaults() {
        return of(List.of(new DecreasingCountCheck(), new OverDenominatorCheck(),
                new ParentFigureCheck(ParentFigureCheck.DEFAULT_TOLERANCE),
                new DenominatorMismatchCheck(),
                new PartialDenominatorCheck(),
                new OutlierIncreaseCheck(OutlierIncreaseCheck.DEFAULT_THRESHOLD,
                        OutlierIncreaseCheck.DEFAULT_MIN_OBSERVATIONS),
                new StaleUnitCheck(StaleUnitCheck.DEFAULT_MAX_SILENT_DAYS),
                new PublishedRateCheck()));
    }

    /**
     * Returns a set of checks.
     *
     * @param checks  the checks, with distinct ids, in the order they run, not null, no null
     *     element
     * @return the set, not null
     * @throws IllegalArgumentException if two checks have the same id
     * @throws NullPointerException if the list is null or holds a null
     */
    public static QualityChecks of(List<QualityCheck> checks) {
        List<QualityCheck> copy = List.copyOf(checks);
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                if (copy.get(i).id().equals(copy.get(j).id())) {
                    throw new IllegalArgumentException("two checks with id " + copy.get(i).id());
                }
            }
        }
        return new QualityChecks(copy);
    }

    /**
     * Returns the checks, in the order they run.
     *
     * @return the checks, unmodifiable, empty if none
     */
    public List<QualityCheck> checks() {
        return checks;
    }

    /**
     * Returns the set without the check of the given id.
     *
     * @param id  the check's id, not null
     * @return a set with the other checks, in the same order; equal to this one if none has the
     *     id, not null
     */
    public QualityChecks without(String id) {
        return new QualityChecks(checks.stream().filter(c -> !c.id().equals(id)).toList());
    }

    /**
     * Returns the set with a check added, or replacing the one with the same id.
     *
     * @param check  the check, not null
     * @return a set with the other checks in the same order and the given one last, not null
     * @throws NullPointerException if the check is null
     */
    public QualityChecks with(QualityCheck check) {
        Checks.notNull(check, "check");
        List<QualityCheck> out = new ArrayList<>(without(check.id()).checks);
        out.add(check);
        return new QualityChecks(List.copyOf(out));
    }

    /**
     * Runs every check.
     *
     * @param context  the figures, not null
     * @return the findings of all checks, check by check, empty if all is well
     */
    public List<Finding> run(QualityContext context) {
        List<Finding> out = new ArrayList<>();
        for (QualityCheck c : checks) {
            out.addAll(c.run(context));
        }
        return out;
    }
}
