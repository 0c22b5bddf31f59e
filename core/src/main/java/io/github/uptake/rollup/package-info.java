/**
 * The roll-up engine: exact "last value, summed over the hierarchy" snapshots and daily series,
 * with explicit carry-forward, parent-figure and denominator policies.
 */
package io.github.uptake.rollup;
