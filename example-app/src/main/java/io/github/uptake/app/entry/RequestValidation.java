package io.github.uptake.app.entry;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.validation.IsoDay;
import io.github.uptake.validation.SegmentId;
import io.github.uptake.validation.UnitCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Validates a {@link ReportsApiRequest} with Hibernate Validator and turns every violation into a
 * {@link Problem} located at its field path ({@code reports[3].count}), with its message in
 * Vietnamese and in English.
 *
 * <p>The messages come from the bundle {@value #BUNDLE} (keys {@code io.github.uptake.app.entry.*},
 * whose last part is the problem's code: {@code count.fraction}) and, for the core's constraints,
 * from the core's own bundle ({@code @UnitCode} is {@code report.unit-code}, {@code @IsoDay}
 * {@code report.as-of}, {@code @SegmentId} {@code report.segment}, as
 * {@code InboundReport.validate} codes them). One validation gives both languages: the message
 * interpolator interpolates each template in Vietnamese and in English and joins the two texts
 * with a character no message holds, which {@link #problems} splits again.
 *
 * <p>The validator factory is built once and kept for the life of the application. This class is
 * thread-safe.
 */
final class RequestValidation {
    /** The bundle of the request's own messages, beside this class. */
    static final String BUNDLE = "io.github.uptake.app.entry.ApiValidationMessages";

    private static final String PREFIX = "{io.github.uptake.app.entry.";
    private static final String SEPARATOR = "\u0000";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<Class<? extends Annotation>, String> CORE_CODES = Map.of(
            UnitCode.class, "report.unit-code", IsoDay.class, "report.as-of",
            SegmentId.class, "report.segment");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new Bilingual(new ResourceBundleMessageInterpolator(
                    new PlatformResourceBundleLocator(BUNDLE,
                            RequestValidation.class.getClassLoader()))))
            .buildValidatorFactory().getValidator();

    private RequestValidation() {
    }

    /** Interpolates a template in both languages at once. */
    private record Bilingual(MessageInterpolator base) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return base.interpolate(template, context, VI) + SEPARATOR
                    + base.interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return interpolate(template, context);
        }
    }

    /**
     * Validates a request.
     *
     * @param request  the request, not null
     * @return one error per violation, sorted by field path (list indexes as numbers), empty if
     *     the request is valid; never null
     */
    static List<Problem> problems(ReportsApiRequest request) {
        List<Problem> out = new ArrayList<>();
        for (ConstraintViolation<ReportsApiRequest> v : VALIDATOR.validate(request)) {
            String[] texts = v.getMessage().split(SEPARATOR, 2);
            String path = path(v.getPropertyPath());
            out.add(Problem.error(code(v), path.isEmpty() ? Location.NOWHERE
                    : Location.field(path), raw(v.getInvalidValue()), texts[0],
                    texts.length > 1 ? texts[1] : texts[0]));
        }
        out.sort(Comparator.comparing((Problem p) -> sortKey(p.location().field().orElse("")))
                .thenComparing(Problem::code));
        return out;
    }

    /** Returns the problem code of a violation: its message key's last part, or the core's. */
    private static String code(ConstraintViolation<?> v) {
        String t = v.getMessageTemplate();
        if (t.startsWith(PREFIX) && t.endsWith("}")) {
            return t.substring(PREFIX.length(), t.length() - 1);
        }
        return CORE_CODES.getOrDefault(v.getConstraintDescriptor().getAnnotation()
                .annotationType(), "request.invalid");
    }

    /** Writes a property path as the API's field paths: {@code reports[3].count}. */
    static String path(Path p) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : p) {
            if (n.isInIterable()) {
                b.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey())
                        .append(']');
            }
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT || n.getKind() == ElementKind.BEAN
                    || n.getName() == null) {
                continue;
            }
            b.append(b.length() == 0 ? "" : ".").append(n.getName());
        }
        return b.toString();
    }

    private static String raw(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof BigDecimal d ? d.toString() : null;
    }

    /** Pads list indexes so that {@code reports[10]} sorts after {@code reports[9]}. */
    private static String sortKey(String path) {
        Matcher m = INDEX.matcher(path);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "[" + "0".repeat(Math.max(0, 10 - m.group(1).length()))
                    + m.group(1) + "]");
        }
        m.appendTail(b);
        return b.toString();
    }
}
