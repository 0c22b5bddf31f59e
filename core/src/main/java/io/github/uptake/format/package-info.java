/** Formatting of counts, rates and official dates in Vietnamese and English. */
package io.github.uptake.format;
