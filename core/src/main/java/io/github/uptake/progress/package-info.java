/**
 * Progress over time: change since the previous day and a baseline, recent pace, projection to the
 * target, required daily increase to a deadline, ranking of peers and lagging units.
 */
package io.github.uptake.progress;
