/**
 * Ports: the interfaces through which the core reads and stores reports and reference data.
 *
 * <p>Every implementation, in this library or in a province's own code, must pass the abstract
 * contract tests published in the {@code uptake-core} test-jar ({@code ReportStoreContract},
 * {@code ReferenceStoreContract}); subclass them and provide a fresh store.
 */
package io.github.uptake.port;
