/**
 * Jakarta Validation constraints for the rules of the core that no standard constraint states
 * exactly: a unit code, a segment identifier, a day that exists, text that is present.
 *
 * <p>Each constraint's validator calls the same definition of the rule that the core's value types
 * and {@link io.github.uptake.model.InboundReport#validate(io.github.uptake.problem.Location)}
 * use, so a host running a validator and the core without one cannot disagree. The messages are
 * keys ({@code {io.github.uptake.validation.UnitCode.message}}) of the {@code ValidationMessages}
 * bundle in the core's jar, in Vietnamese ({@code vi}) and English ({@code en}, also the base
 * bundle); they hold no Expression Language and resolve with Hibernate Validator's
 * {@code ParameterMessageInterpolator} too.
 *
 * <p>The validators need only the {@code jakarta.validation-api} jar. They are stateless and
 * thread-safe; as the specification asks of constraints, each one treats {@code null} as valid,
 * except {@link io.github.uptake.validation.HasText}, which is a presence rule.
 */
package io.github.uptake.validation;
