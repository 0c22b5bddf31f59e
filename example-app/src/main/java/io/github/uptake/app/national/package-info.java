/**
 * Loaders for Vietnam's real administrative units: the 2020 tree, the tree of 1/3/2025, the
 * two-level tree of 1/7/2025 and the (unofficial) crosswalk of the 2025 reform, chained from 2020.
 */
package io.github.uptake.app.national;
