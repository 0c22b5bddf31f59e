package io.github.uptake.app.entry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.validation.IsoDayValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code POST /api/reports}: a day's figures of several units sent as JSON by a logged-in user,
 * checked and stored like figures typed in the form, without Javalin. A route passes the body's
 * text, the user and the language, and writes back {@link Response#status()} and
 * {@link Response#json()}.
 *
 * <p>The steps, each answering with its own status:
 * <ol>
 *   <li>the body is read with Jackson into a {@link ReportsApiRequest}: an empty body, malformed
 *       JSON, a value of the wrong JSON type (a count in quotes, a code written as a number), a
 *       field given twice or an unknown field is <b>400</b>, with one problem located at its field
 *       path or its line;
 *   <li>the request is validated with Hibernate Validator: every violated constraint is a problem
 *       at its field path ({@code reports[3].count}) with its message in Vietnamese and English;
 *       any is <b>400</b>;
 *   <li>the figures go through {@link FigureEntry} under the source {@value #SOURCE}: refused by
 *       its checks (a unit unknown, outside the user's subtree or not one that reports, a count
 *       falling, a day after today) is <b>422</b>, nothing stored. A unit outside the user's
 *       subtree is a 422 like the others rather than a 403, so that one answer lists every
 *       problem of the request; 401 and 403 stay the route's, for a user not logged in or not
 *       allowed to send figures at all;
 *   <li>otherwise <b>200</b>, with the outcome {@code STORED}, {@code UNCHANGED} (the same
 *       figures were there: nothing stored, and sending the same request twice is not an error)
 *       or {@code CHECKED} (a dry run, nothing stored).
 * </ol>
 * Every answer has the same body, {@link ReportsApiResponse}. This class is immutable and
 * thread-safe if its entry is.
 */
public final class ReportsApi {
    /** The source of figures sent to the API: submissions and source references. */
    public static final String SOURCE = "api";
    /** The content type of every answer. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();

    private final FigureEntry entry;

    /**
     * Creates the endpoint's logic.
     *
     * @param entry  the checks and the stores, not null
     * @throws NullPointerException if the entry is null
     */
    public ReportsApi(FigureEntry entry) {
        this.entry = Objects.requireNonNull(entry, "entry");
    }

    /**
     * An answer: the HTTP status and the body.
     *
     * @param status  200, 400 or 422
     * @param body  the body, not null
     */
    public record Response(int status, ReportsApiResponse body) {

        /**
         * Checks the fields.
         *
         * @throws NullPointerException if the body is null
         */
        public Response {
            Objects.requireNonNull(body, "body");
        }

        /**
         * Returns the body as JSON, to send as {@link ReportsApi#CONTENT_TYPE}.
         *
         * @return the JSON, not null
         */
        public String json() {
            try {
                return MAPPER.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an answer could not be written as JSON", e);
            }
        }
    }

    /**
     * Answers a request.
     *
     * @param jsonBody  the request's body as text; null or blank is a 400
     * @param userName  the logged-in user, stored as the figures' reporter, not blank
     * @param userUnitCode  the user's unit, null for a user of the whole province
     * @param locale  the language of the answer's {@code message} (Vietnamese for {@code vi},
     *     English otherwise; null for English); the problems carry both languages whatever it is
     * @return the answer, never null; bad input is an answer, never an exception
     * @throws IllegalArgumentException if the user name is blank
     */
    public Response handle(String jsonBody, String userName, String userUnitCode, Locale locale) {
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank, was '" + userName
                    + "'");
        }
        if (jsonBody == null || jsonBody.isBlank()) {
            return invalid(JsonInputProblems.empty(), locale);
        }
        ReportsApiRequest request;
        try (JsonParser p = MAPPER.createParser(jsonBody)) {
            request = MAPPER.readValue(p, ReportsApiRequest.class);
            if (p.nextToken() != null) {
                return invalid(JsonInputProblems.trailing(p.currentTokenLocation()), locale);
            }
        } catch (JsonProcessingException e) {
            return invalid(JsonInputProblems.of(e), locale);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string failed", e);
        }
        if (request == null) {
            return invalid(JsonInputProblems.notAnObject(""), locale);
        }
        List<Problem> violations = RequestValidation.problems(request);
        if (!violations.isEmpty()) {
            return new Response(400, ReportsApiResponse.invalid(violations, locale));
        }
        LocalDate day = IsoDayValidator.parse(request.date()).orElseThrow();
        Segment segment = request.segment() == null ? Segment.RESIDENTS
                : Segment.of(request.segment());
        List<TypedFigure> figures = new ArrayList<>(request.reports().size());
        for (int i = 0; i < request.reports().size(); i++) {
            ReportsApiRequest.Item item = request.reports().get(i);
            Location at = Location.field("reports[" + i + "]");
            figures.add(new TypedFigure(item.unit(), item.count().toPlainString(),
                    item.count().longValueExact(), at.child("unit"), at.child("count")));
        }
        EntryResult r = entry.check(userName, userUnitCode, day, segment, figures, false,
                SOURCE, request.wantsDryRun());
        return new Response(r.refused() ? 422 : 200, ReportsApiResponse.of(r, locale));
    }

    private static Response invalid(Problem p, Locale locale) {
        return new Response(400, ReportsApiResponse.invalid(List.of(p), locale));
    }
}
