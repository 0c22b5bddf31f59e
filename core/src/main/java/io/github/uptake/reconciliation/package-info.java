/**
 * Reconciliation and verification: self-reported roll-ups beside an authoritative count (such as
 * the app operator's figure for the province), and reported figures beside the counts found when
 * they were checked afterwards (hậu kiểm).
 */
package io.github.uptake.reconciliation;
