package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.uptake.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a mapper with {@link UptakeModule} when JSON bound to an
 * {@link io.github.uptake.model.InboundReport} (a framework's request body, for instance) has a
 * value of the wrong shape: a fractional or text count, a field that must be text and is not, a
 * time sent that is no ISO-8601 instant. It carries every such problem as data, with its field
 * path, the raw value and the messages in Vietnamese and English, so a host can answer with them
 * (a Spring {@code @ExceptionHandler} finds it as the cause of the framework's exception).
 *
 * <p>It is a {@link JsonMappingException}, so Jackson adds the path from the document's root to
 * the report in its message. {@link InboundReports#read} returns the same problems as data
 * instead of throwing. Instances are immutable and thread-safe; the problems are not serialized
 * with the exception ({@link #problems()} is empty after Java deserialization).
 *
 * @since 0.1.0
 */
public final class JsonProblemsException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    JsonProblemsException(JsonParser p, List<Problem> problems) {
        super(p, "Invalid inbound report: " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems found, in the order of the fields in the input.
     *
     * @return the problems, not null, at least one unless this exception was deserialized
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
