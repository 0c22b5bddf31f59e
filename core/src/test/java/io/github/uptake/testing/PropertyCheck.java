package io.github.uptake.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property over many generated cases on plain JUnit 5: each case comes from a seeded
 * generator; a failing case is pruned to a smallest one that still fails, and the failure message
 * prints the seed to reproduce it.
 *
 * <p>The base seed is fixed per property name unless {@code -Duptake.seed=N} is given (or
 * {@code -Duptake.seed=random} for a fresh one); {@code -Duptake.cases=N} overrides the number of
 * cases. Case {@code i} is generated from {@code new SplittableRandom(baseSeed).split()} called
 * {@code i + 1} times, so the pair (seed, case) identifies it.
 *
 * @param <T>  the type of the generated cases
 */
public final class PropertyCheck<T> {
    /** The default number of cases per property. */
    public static final int DEFAULT_CASES = 1000;
    private static final int MAX_SHRINK_EVALUATIONS = 5000;

    private final Generator<T> generator;
    private Shrinker<T> shrinker = Shrinker.none();
    private int cases = Integer.getInteger("uptake.cases", DEFAULT_CASES);

    private PropertyCheck(Generator<T> generator) {
        this.generator = generator;
    }

    /**
     * Starts a check over values from a generator.
     *
     * @param <T>  the type
     * @param generator  the generator, not null
     * @return the check, not null
     */
    public static <T> PropertyCheck<T> forAll(Generator<T> generator) {
        return new PropertyCheck<>(generator);
    }

    /**
     * Sets how failing cases are pruned.
     *
     * @param s  the shrinker, not null
     * @return this check
     */
    public PropertyCheck<T> shrinkWith(Shrinker<T> s) {
        this.shrinker = s;
        return this;
    }

    /**
     * Sets the number of cases, unless overridden by {@code -Duptake.cases}.
     *
     * @param n  the number of cases, 1 or more
     * @return this check
     */
    public PropertyCheck<T> cases(int n) {
        if (System.getProperty("uptake.cases") == null) {
            this.cases = n;
        }
        return this;
    }

    /**
     * Runs the property; it fails a case by throwing (e.g. an assertion).
     *
     * @param name  the property's name, also used for its default seed, not null
     * @param property  the property, not null
     * @return the number of cases run
     * @throws AssertionError describing the smallest failing case and its seed
     */
    public int check(String name, Consumer<T> property) {
        long seed = baseSeed(name);
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            SplittableRandom caseRandom = root.split();
            T value = generator.generate(caseRandom);
            Throwable failure = run(property, value);
            if (failure != null) {
                Shrunk<T> smallest = shrink(property, value, failure);
                AssertionError e = new AssertionError("Property '" + name + "' failed on case "
                        + i + " of " + cases + " (seed " + seed + "; rerun with -Duptake.seed="
                        + seed + ").\nSmallest failing case found by pruning (" + smallest.steps
                        + " step(s)):\n" + smallest.value + "\nFailure: " + smallest.failure,
                        smallest.failure);
                throw e;
            }
        }
        return cases;
    }

    private record Shrunk<T>(T value, Throwable failure, int steps) {
    }

    private Shrunk<T> shrink(Consumer<T> property, T value, Throwable failure) {
        T current = value;
        Throwable currentFailure = failure;
        int steps = 0;
        int evaluations = 0;
        boolean progressed = true;
        while (progressed && evaluations < MAX_SHRINK_EVALUATIONS) {
            progressed = false;
            for (T candidate : shrinker.candidates(current)) {
                if (++evaluations > MAX_SHRINK_EVALUATIONS) {
                    break;
                }
                Throwable f = run(property, candidate);
                if (f != null) {
                    current = candidate;
                    currentFailure = f;
                    steps++;
                    progressed = true;
                    break;
                }
            }
        }
        return new Shrunk<>(current, currentFailure, steps);
    }

    private static <T> Throwable run(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    private static long baseSeed(String name) {
        String s = System.getProperty("uptake.seed");
        if (s == null) {
            return name.hashCode() * 0x9E3779B97F4A7C15L;
        }
        if (s.equals("random")) {
            return System.nanoTime();
        }
        return Long.parseLong(s);
    }
}
