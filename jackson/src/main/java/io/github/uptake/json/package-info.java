/**
 * Jackson support for Uptake's values, in its own artifact ({@code uptake-jackson}) so the core
 * does not depend on Jackson: {@link io.github.uptake.json.UptakeModule}, registered on a host's
 * {@code ObjectMapper} beside its own modules, and
 * {@link io.github.uptake.json.InboundReports}, which reads reports sent as JSON and returns every
 * problem as data.
 */
package io.github.uptake.json;
