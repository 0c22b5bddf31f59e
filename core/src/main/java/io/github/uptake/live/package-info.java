/**
 * A live model of the reports, held in memory and kept current: {@link
 * io.github.uptake.live.LiveFigures} loads every key's current figure and first arrival once, then
 * catches up with what was stored since, so pages and APIs read memory instead of the database.
 */
package io.github.uptake.live;
