/**
 * Hierarchy history: crosswalks between hierarchy versions (full merges, partial pieces with
 * weights, retired units), their composition, and re-basing a campaign's history onto another
 * version exactly, with what is estimated said plainly.
 */
package io.github.uptake.history;
