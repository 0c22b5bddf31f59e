/**
 * Ports: the interfaces through which the core reads and stores reports and reference data.
 *
 * <p>Each port's javadoc lists the rules every implementation keeps, each with the test that checks
 * it. Every implementation, in this library or in a province's own code, must pass the abstract
 * contract tests of the {@code io.github.uptake:uptake-testkit} artifact, package
 * {@code io.github.uptake.testkit} ({@code ReportStoreContract}, {@code ReferenceStoreContract},
 * {@code CrosswalkStoreContract}, {@code ReconciliationStoreContract}): add it in test scope,
 * subclass them and provide a fresh store.
 */
package io.github.uptake.port;
