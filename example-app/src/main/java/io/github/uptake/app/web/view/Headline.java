package io.github.uptake.app.web.view;

/**
 * The headline of a unit's page: count, rate and target, the denominator, and what the count is.
 *
 * @param count  the count as shown ({@code –} without a figure), not null
 * @param rate  the rate as shown, never reading as reaching a level it is below, not null
 * @param target  the target and how far the unit is from it, null if it has none
 * @param denominator  the denominator and its source, null if there is none
 * @param partial  the note on a partial rate, null if the rate is not partial
 * @param own  what the unit's own figure is, null if none is reported
 */
public record Headline(String count, String rate, String target, String denominator,
                       String partial, String own) {
}
