/**
 * In-memory implementations of the ports: for tests, demos and hosts that keep their own
 * persistence. They pass the same contract tests as the database adapters.
 */
package io.github.uptake.memory;
