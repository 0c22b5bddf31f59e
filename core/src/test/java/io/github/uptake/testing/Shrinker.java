package io.github.uptake.testing;

import java.util.List;

/**
 * Proposes smaller versions of a failing value, so a property failure can be reported on a smallest
 * case found by pruning.
 *
 * @param <T>  the type shrunk
 */
@FunctionalInterface
public interface Shrinker<T> {
    /** A shrinker that proposes nothing. */
    @SuppressWarnings("rawtypes")
    Shrinker NONE = v -> List.of();

    /**
     * Returns candidates strictly smaller than the value, most promising first.
     *
     * @param value  the failing value, not null
     * @return the candidates, not null
     */
    List<T> candidates(T value);

    /**
     * Returns a shrinker that proposes nothing.
     *
     * @param <T>  the type
     * @return the shrinker
     */
    @SuppressWarnings("unchecked")
    static <T> Shrinker<T> none() {
        return NONE;
    }
}
