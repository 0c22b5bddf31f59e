package io.github.uptake.app;

import io.github.uptake.rollup.RollUpPolicy;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The roll-up options that {@code report} and {@code serve} share, a picocli mixin: {@code
 * --parent-figures children|own|own-when-children-missing} and {@code --carry-forward N}, read
 * into a {@link RollUpPolicy}. A value the option does not take is a usage error that names it.
 * Not thread-safe: one per command line; {@link #name} is stateless and thread-safe.
 */
public final class RollUpOptions {
    /** The most days a figure can be carried forward, as {@link RollUpPolicy} allows. */
    private static final int MAX_CARRY_FORWARD = 3660;

    @Option(names = "--parent-figures", paramLabel = "children|own|own-when-children-missing",
            converter = ParentFigureConverter.class, completionCandidates = ParentFigures.class,
            description = "whose figure a parent that reports its own total shows: the sum of"
                    + " its units below (children, the default), its own figure when it has a"
                    + " current one (own), or its own figure only when none of its units below"
                    + " has a current figure (own-when-children-missing). Either way the report"
                    + " says which parents' own figures were used or set aside.")
    private RollUpPolicy.ParentFigure parentFigure;

    @Option(names = "--carry-forward", paramLabel = "N", converter = DaysConverter.class,
            description = "how many days a unit's last figure still counts (default "
                    + RollUpPolicy.DEFAULT_CARRY_FORWARD_DAYS + "); after that it is missing.")
    private Integer carryForwardDays;

    RollUpOptions() {
    }

    /**
     * Returns the policy the options ask for: the defaults, changed by the options given.
     *
     * @return the policy, not null
     */
    RollUpPolicy policy() {
        return policy(RollUpPolicy.defaults());
    }

    /**
     * Returns a policy changed by the options given.
     *
     * @param base  the policy without the options, e.g. a configuration's, not null
     * @return the policy, not null
     */
    RollUpPolicy policy(RollUpPolicy base) {
        RollUpPolicy policy = base;
        if (parentFigure != null) {
            policy = policy.withParentFigure(parentFigure);
        }
        if (carryForwardDays != null) {
            policy = policy.withCarryForwardDays(carryForwardDays);
        }
        return policy;
    }

    /** Returns true if an option was given. */
    boolean given() {
        return parentFigure != null || carryForwardDays != null;
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

    /** Reads {@code --parent-figures}: one of the {@link #name names}. */
    static final class ParentFigureConverter
            implements CommandLine.ITypeConverter<RollUpPolicy.ParentFigure> {
        @Override
        public RollUpPolicy.ParentFigure convert(String value) {
            for (RollUpPolicy.ParentFigure choice : RollUpPolicy.ParentFigure.values()) {
                if (name(choice).equals(value)) {
                    return choice;
                }
            }
            throw new CommandLine.TypeConversionException("--parent-figures must be children,"
                    + " own or own-when-children-missing, was " + value);
        }
    }

    /** Reads {@code --carry-forward}: a whole number of days from 0 to 3660. */
    static final class DaysConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int days;
            try {
                days = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > MAX_CARRY_FORWARD) {
                throw new CommandLine.TypeConversionException("--carry-forward must be a number"
                        + " of days from 0 to " + MAX_CARRY_FORWARD + ", was " + value);
            }
            return days;
        }
    }

    /** The values shell completion offers for {@code --parent-figures}. */
    static final class ParentFigures implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RollUpPolicy.ParentFigure.values()).map(RollUpOptions::name)
                    .iterator();
        }
    }
}
