package io.github.uptake.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Hibernate Validator as a host without a Jakarta EL implementation does; loaded by
 * {@link InboundReportTest} in a class loader that lacks one.
 */
public final class WithoutExpressionLanguage {
    private WithoutExpressionLanguage() {
    }

    /**
     * Builds a validator with the default interpolator (which must fail), then one with the
     * parameter interpolator, and validates an input with a negative count.
     *
     * @return the first failure's message, then each violation as "field: message" (Vietnamese)
     */
    public static List<String> run() {
        List<String> out = new ArrayList<>();
        try {
            Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()
                    .close();
            out.add("built without EL, which was not expected");
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                message += " / " + c.getMessage();
            }
            out.add(message);
        }
        try (ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(
                        Set.of(InboundReportMessages.VI), InboundReportMessages.VI, false))
                .buildValidatorFactory()) {
            InboundReport in = new InboundReport("27685", "residents", "2020-08-15", -1L,
                    Instant.parse("2020-08-15T09:00:00Z"), "clerk", null);
            for (ConstraintViolation<InboundReport> c : f.getValidator().validate(in)) {
                out.add(c.getPropertyPath() + ": " + c.getMessage());
            }
        }
        return out;
    }
}
