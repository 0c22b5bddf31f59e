package io.github.uptake.dhis2;

import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The three layouts DHIS2 exchanges data value sets in, each written and read the same way.
 *
 * <p>Reading checks only the layout: a file that is not JSON, CSV or ADX of the documented shape
 * is refused with problems located by file and line (and field or column), nothing read from it.
 * Whether each value may become a report (known org unit, a day, a whole number) is
 * {@link Dhis2Import}'s decision, reported as conflicts.
 *
 * @since 0.2.0
 */
public enum Dhis2Format {
    /** {@code dataValueSets} JSON: {@code {"dataSet": ..., "dataValues": [ {...} ]}}. */
    JSON("application/json", ".json"),
    /**
     * {@code dataValueSets} CSV: a header row, then {@code dataelement, period, orgunit,
     * catoptcombo, attroptcombo, value, storedby, lastupdated, comment, followup}.
     */
    CSV("application/csv", ".csv"),
    /** IHE ADX XML ({@code urn:ihe:qrph:adx:2015}): groups by org unit and period. */
    ADX("application/adx+xml", ".xml");

    private final String mediaType;
    private final String extension;

    Dhis2Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * Returns the media type DHIS2's Web API takes this layout as.
     *
     * @return the media type, not null
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the usual file extension, with its dot.
     *
     * @return the extension, not null
     */
    public String extension() {
        return extension;
    }

    /**
     * Finds the layout a name says: {@code json}, {@code csv} or {@code adx} (any case).
     *
     * @param name  the name, null gives empty
     * @return the layout, empty if none has that name
     */
    public static Optional<Dhis2Format> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "csv" -> Optional.of(CSV);
            case "adx", "xml" -> Optional.of(ADX);
            default -> Optional.empty();
        };
    }

    /**
     * Guesses the layout from a file name's extension ({@code .json}, {@code .csv},
     * {@code .xml} or {@code .adx}).
     *
     * @param fileName  the name, null gives empty
     * @return the layout, empty if the extension says none
     */
    public static Optional<Dhis2Format> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(fileName.substring(dot + 1));
    }

    /**
     * Writes a set in this layout, UTF-8. The stream is not closed.
     *
     * @param set  the values, not null
     * @param out  where to, not null
     * @throws IOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void write(DataValueSet set, OutputStream out) throws IOException {
        switch (this) {
            case JSON -> DataValueSetJson.write(set, out);
            case CSV -> DataValueSetCsv.write(set, out);
            case ADX -> AdxXml.write(set, out);
            default -> throw new AssertionError(this);
        }
    }

    /**
     * Reads a set in this layout. The stream is read to its end and not closed.
     *
     * @param fileName  the file's name, for problem locations, not null
     * @param in  the bytes, not null
     * @return the set, or the problems that refuse the file (each located), not null
     * @throws IOException if reading the stream fails
     * @throws NullPointerException if an argument is null
     */
    public Validated<DataValueSet> read(String fileName, InputStream in) throws IOException {
        return switch (this) {
            case JSON -> DataValueSetJson.read(fileName, in);
            case CSV -> DataValueSetCsv.read(fileName, in);
            case ADX -> AdxXml.read(fileName, in);
        };
    }
}
