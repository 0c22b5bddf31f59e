/**
 * Problems as data: what is wrong with an input, where (file, sheet, cell, line, field), and what a
 * clerk can do about it, in Vietnamese and English.
 *
 * <p>Bad input is never reported by throwing deep inside the library: validating methods return a
 * {@link io.github.uptake.problem.Validated} holding either a value or the list of
 * {@link io.github.uptake.problem.Problem}s found. Methods that build a value directly throw a
 * {@link io.github.uptake.problem.ProblemsException} carrying the same list.
 */
package io.github.uptake.problem;
