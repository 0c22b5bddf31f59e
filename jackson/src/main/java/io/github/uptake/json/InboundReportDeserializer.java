package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.uptake.model.InboundReport;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds an {@link InboundReport} by the shape rules of {@link InboundReports} (a fractional or
 * text count is refused, never cut off), throwing {@link JsonProblemsException} with every shape
 * problem; the content (range, codes, dates) is left to the validator or to
 * {@link InboundReport#validate(Location)}. An unknown field is an error when the mapper has
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} on, ignored otherwise. Not part of the API; stateless and
 * thread-safe.
 */
final class InboundReportDeserializer extends StdDeserializer<InboundReport> {
    private static final long serialVersionUID = 1L;

    InboundReportDeserializer() {
        super(InboundReport.class);
    }

    @Override
    public InboundReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            String raw = t == JsonToken.START_ARRAY ? "[…]" : p.getText();
            if (t == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
            throw new JsonProblemsException(p, List.of(InboundReports.notAnObject(Location.NOWHERE,
                    raw)));
        }
        InboundReports.Parsed parsed = InboundReports.parse(p, Location.NOWHERE);
        boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Problem> errors = new ArrayList<>();
        for (Problem q : parsed.problems()) {
            if (q.blocking()) {
                errors.add(q);
            } else if (strict && q.code().equals("json.unknown-field")) {
                errors.add(InboundReports.unknownField(q.location(), q.rawValue(), true));
            }
        }
        if (!errors.isEmpty()) {
            throw new JsonProblemsException(p, errors);
        }
        return parsed.report();
    }
}
