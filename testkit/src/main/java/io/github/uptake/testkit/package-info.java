/**
 * The contracts every storage adapter must pass, as abstract JUnit 5 tests: {@link
 * io.github.uptake.testkit.ReportStoreContract}, {@link
 * io.github.uptake.testkit.ReferenceStoreContract}, {@link
 * io.github.uptake.testkit.CrosswalkStoreContract} and {@link
 * io.github.uptake.testkit.ReconciliationStoreContract}; and the contract of the record of
 * reminders, {@link io.github.uptake.testkit.ReminderLogContract}.
 *
 * <p>Add {@code io.github.uptake:uptake-testkit} to an adapter's build in test scope (it brings
 * JUnit Jupiter with it, so the run finds the tests), subclass each contract in the adapter's tests
 * and return a fresh, empty store from {@code newStore()}. Every rule a store must keep is stated
 * once in the javadoc of its port ({@code io.github.uptake.port}), with the test here that checks
 * it ({@code io.github.uptake.remind.ReminderLog} for the record of reminders).
 */
package io.github.uptake.testkit;
