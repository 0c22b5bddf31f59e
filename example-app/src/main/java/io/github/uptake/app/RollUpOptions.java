package io.github.uptake.app;

import io.github.uptake.rollup.RollUpPolicy;
import java.util.List;
import java.util.Set;

/**
 * The roll-up options that {@code report} and {@code serve} share: {@code --parent-figures
 * children|own|own-when-children-missing} and {@code --carry-forward N}, read into a
 * {@link RollUpPolicy}. This class is stateless and thread-safe.
 */
public final class RollUpOptions {
    /** The option that chooses whose figure a parent shows. */
    static final String PARENT_FIGURES = "parent-figures";
    /** The option that sets how many days a figure is carried forward. */
    static final String CARRY_FORWARD = "carry-forward";
    /** Both options, for the option parser. */
    static final Set<String> OPTIONS = Set.of(PARENT_FIGURES, CARRY_FORWARD);

    private RollUpOptions() {
    }

    /**
     * Returns the policy the options ask for: the defaults, changed by the options given.
     *
     * @param a  the command's options, not null
     * @return the policy, not null
     * @throws Args.UsageException if a value is not one the option takes
     */
    static RollUpPolicy policy(Args a) throws Args.UsageException {
        RollUpPolicy policy = RollUpPolicy.defaults();
        if (a.get(PARENT_FIGURES).isPresent()) {
            String v = a.get(PARENT_FIGURES).get();
            policy = policy.withParentFigure(switch (v) {
                case "children" -> RollUpPolicy.ParentFigure.CHILDREN_SUM;
                case "own" -> RollUpPolicy.ParentFigure.OWN_FIGURE;
                case "own-when-children-missing" ->
                        RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING;
                default -> throw new Args.UsageException("--parent-figures must be children, own"
                        + " or own-when-children-missing, was " + v);
            });
        }
        if (a.get(CARRY_FORWARD).isPresent()) {
            String v = a.get(CARRY_FORWARD).get();
            int days;
            try {
                days = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > 3660) {
                throw new Args.UsageException("--carry-forward must be a number of days from 0 to"
                        + " 3660, was " + v);
            }
            policy = policy.withCarryForwardDays(days);
        }
        return policy;
    }

    /**
     * Returns the option value that names a parent-figure choice.
     *
     * @param choice  the choice, not null
     * @return {@code children}, {@code own} or {@code own-when-children-missing}
     */
    public static String name(RollUpPolicy.ParentFigure choice) {
        return switch (choice) {
            case CHILDREN_SUM -> "children";
            case OWN_FIGURE -> "own";
            case OWN_WHEN_CHILDREN_MISSING -> "own-when-children-missing";
        };
    }

    /** Returns the lines of {@code --help} that describe the options. */
    static List<String> help() {
        return List.of(
                "  --parent-figures children|own|own-when-children-missing",
                "      whose figure a parent that reports its own total shows: the sum of its",
                "      units below (children, the default), its own figure when it has a",
                "      current one (own), or its own figure only when none of its units below",
                "      has a current figure (own-when-children-missing). Either way the report",
                "      says which parents' own figures were used or set aside.",
                "  --carry-forward N",
                "      how many days a unit's last figure still counts (default "
                        + RollUpPolicy.DEFAULT_CARRY_FORWARD_DAYS + "); after that it is missing.");
    }
}
