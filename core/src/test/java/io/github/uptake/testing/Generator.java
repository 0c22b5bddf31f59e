package io.github.uptake.testing;

import java.util.SplittableRandom;

/**
 * Makes a random value of a type from a seeded source, so every generated case can be made again
 * from its seed.
 *
 * @param <T>  the type generated
 */
@FunctionalInterface
public interface Generator<T> {
    /**
     * Makes one value.
     *
     * @param random  the seeded source, not null
     * @return the value, not null
     */
    T generate(SplittableRandom random);

    /**
     * Returns a generator that maps each generated value.
     *
     * @param <R>  the new type
     * @param fn  the mapping, not null
     * @return the generator
     */
    default <R> Generator<R> andThen(java.util.function.Function<? super T, ? extends R> fn) {
        return random -> fn.apply(generate(random));
    }
}
