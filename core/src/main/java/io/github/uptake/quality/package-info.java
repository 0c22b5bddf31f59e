/**
 * Data-quality findings: figures that are accepted but disagree, look implausible or are missing.
 */
package io.github.uptake.quality;
