package io.github.uptake.dhis2;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A DHIS2 data value set: the values of one exchanged file, in the file's order, and the data
 * set they belong to. A JSON or CSV set's defaults ({@code period}, {@code orgUnit},
 * {@code attributeOptionCombo} given once at the top of a JSON file) are already applied to each
 * value; an ADX file's groups are flattened into values, each with its group's org unit and
 * period.
 *
 * @param dataSet  the data set's code, empty if the file names none
 * @param dataValues  the values, in the file's order, not null, no element null
 * @since 0.2.0
 */
public record DataValueSet(Optional<String> dataSet, List<DataValue> dataValues) {

    /**
     * Copies the list and checks for nulls.
     *
     * @param dataSet  the data set's code, empty if the file names none
     * @param dataValues  the values, in the file's order, not null, no element null
     * @throws NullPointerException if a part or a value is null
     */
    public DataValueSet {
        Objects.requireNonNull(dataSet, "dataSet");
        dataValues = List.copyOf(dataValues);
    }

    /**
     * Obtains a set.
     *
     * @param dataSet  the data set's code, null if none
     * @param dataValues  the values, not null
     * @return the set, not null
     */
    public static DataValueSet of(String dataSet, List<DataValue> dataValues) {
        return new DataValueSet(Optional.ofNullable(dataSet).filter(s -> !s.isBlank()),
                dataValues);
    }
}
