package io.github.uptake.port;

/**
 * Receives current figures streamed from a {@link ReportStore}, one call per unit and day, without
 * making a report object per row (the fast path for loading a year of national data).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReportVisitor {
    /**
     * Receives one current figure.
     *
     * @param unitCode  the unit's code, not null
     * @param epochDay  the as-of day, as {@link java.time.LocalDate#toEpochDay()}
     * @param count  the cumulative count
     */
    void visit(String unitCode, long epochDay, long count);
}
