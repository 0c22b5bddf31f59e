/**
 * The domain model: units, segments, effective-dated hierarchies, denominators, target rules and
 * reports with revisions. Every public value is immutable and validated when made.
 */
package io.github.uptake.model;
