/**
 * Completeness and timeliness: which units were expected to report by the cut-off, which did on
 * time, late, or not at all.
 */
package io.github.uptake.completeness;
