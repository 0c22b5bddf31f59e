package io.github.uptake.app.entry;

import io.github.uptake.model.Segment;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The form a user types a day's figures in: one row per unit the user reports for, with the unit's
 * denominator and its last figure, in the order of the tree (communes grouped under their
 * districts). Computed by {@link FigureEntry#form}; a page only renders it, naming each input
 * {@code count[CODE]} so that its problems ({@code count[27694]}) point back at it.
 * This class is immutable and thread-safe.
 *
 * @param day  the day the figures are as of, not null
 * @param segment  whom the counts count, not null
 * @param unitCode  the user's unit (the province's root for a user of the whole province), not
 *     null
 * @param unitName  its name, not null
 * @param rows  the units that report, in tree order, not null
 */
public record EntryForm(LocalDate day, Segment segment, String unitCode, String unitName,
                        List<Row> rows) {
    private static final String INPUT_PREFIX = "count[";

    /**
     * Checks the fields and copies the rows.
     *
     * @throws NullPointerException if a field is null or a row is null
     */
    public EntryForm {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitName, "unitName");
        rows = List.copyOf(rows);
    }

    /**
     * One unit of the form.
     *
     * @param code  the unit's code, leading zeros kept, not null
     * @param name  its name, not null
     * @param parentName  the name of the unit above it (its district), empty for the root, not
     *     null
     * @param denominator  its latest denominator for the segment (people), empty if none, not null
     * @param lastCount  its current figure of the day, or else its latest of the
     *     {@link FigureEntry#WINDOW_DAYS} days before (people), empty if none, not null
     * @param lastDay  the day of {@code lastCount}, empty if none, not null
     */
    public record Row(String code, String name, Optional<String> parentName,
                      OptionalLong denominator, OptionalLong lastCount,
                      Optional<LocalDate> lastDay) {

        /**
         * Checks the fields.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if only one of the last count and its day is present
         */
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(parentName, "parentName");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(lastCount, "lastCount");
            Objects.requireNonNull(lastDay, "lastDay");
            if (lastCount.isPresent() != lastDay.isPresent()) {
                throw new IllegalArgumentException("lastCount and lastDay go together, were "
                        + lastCount + " and " + lastDay);
            }
        }

        /**
         * Tells whether the last figure is the one of the form's day (to prefill the input with).
         *
         * @param day  the form's day, not null
         * @return true if {@code lastDay} is that day
         */
        public boolean lastIsOf(LocalDate day) {
            return lastDay.map(day::equals).orElse(false);
        }
    }

    /**
     * Returns the name of the input a row's count is typed in, the key {@link FigureEntry#submit}
     * expects, as the problems' locations name it.
     *
     * @param code  the unit's code, not null
     * @return {@code count[CODE]}
     */
    public static String inputName(String code) {
        return INPUT_PREFIX + Objects.requireNonNull(code, "code") + "]";
    }

    /**
     * Picks the typed counts out of a posted form's parameters (Javalin's
     * {@code ctx.formParamMap()}): every parameter named {@code count[CODE]}, by code, with its
     * first value as typed; other parameters are left out, blank values kept (submit skips them).
     *
     * @param formParams  the parameters by name, each with its values, not null
     * @return unit code to the text typed, in the parameters' order, not null
     * @throws NullPointerException if the map is null
     */
    public static Map<String, String> typed(Map<String, ? extends List<String>> formParams) {
        Map<String, String> typed = new LinkedHashMap<>();
        formParams.forEach((name, values) -> {
            if (name != null && name.startsWith(INPUT_PREFIX) && name.endsWith("]")
                    && values != null && !values.isEmpty() && values.get(0) != null) {
                typed.put(name.substring(INPUT_PREFIX.length(), name.length() - 1),
                        values.get(0));
            }
        });
        return typed;
    }
}
