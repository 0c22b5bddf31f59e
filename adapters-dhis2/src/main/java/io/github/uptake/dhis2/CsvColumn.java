package io.github.uptake.dhis2;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of DHIS2's dataValueSets CSV, in their documented order: the position order a file
 * without a header is read by ({@code dataelement, period, orgunit, catoptcombo, attroptcombo,
 * value, storedby, lastupdated, comment, followup, deleted}).
 *
 * <p>A header cell names a column when, ignoring case, spaces and {@code _}, it is one of the
 * column's names: {@code Data Element} and {@code data_element} name {@link #DATA_ELEMENT};
 * DHIS2's export names {@code categoryoptioncombo}, {@code attributeoptioncombo} and
 * {@code flwup}, and the old {@code timestamp} for {@code lastupdated}, are accepted beside the
 * import names {@code catoptcombo}, {@code attroptcombo} and {@code followup}.
 */
enum CsvColumn {
    /** The data element; required. */
    DATA_ELEMENT(true, "dataelement"),
    /** The period; required. */
    PERIOD(true, "period"),
    /** The organisation unit; required. */
    ORG_UNIT(true, "orgunit", "organisationunit", "organizationunit"),
    /** The category option combo. */
    CATEGORY_OPTION_COMBO(false, "catoptcombo", "categoryoptioncombo"),
    /** The attribute option combo. */
    ATTRIBUTE_OPTION_COMBO(false, "attroptcombo", "attributeoptioncombo"),
    /** The value; required. */
    VALUE(true, "value"),
    /** Who stored the value. */
    STORED_BY(false, "storedby"),
    /** When the value was last updated. */
    LAST_UPDATED(false, "lastupdated", "timestamp"),
    /** The comment. */
    COMMENT(false, "comment"),
    /** DHIS2's follow-up mark: read and ignored. */
    FOLLOWUP(false, "followup", "flwup"),
    /** DHIS2's deletion mark: {@code true} refuses the file (Uptake never deletes a figure). */
    DELETED(false, "deleted");

    private final boolean required;
    private final List<String> names;

    CsvColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /**
     * Returns whether every row must have this column.
     *
     * @return true for dataelement, period, orgunit and value
     */
    boolean required() {
        return required;
    }

    /**
     * Returns the name Uptake writes in a header.
     *
     * @return the first name, not null
     */
    String headerName() {
        return names.get(0);
    }

    /**
     * Finds the column a header cell names.
     *
     * @param cell  the cell as written, not null
     * @return the column, empty if the cell names none
     */
    static Optional<CsvColumn> named(String cell) {
        String key = cell.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").strip();
        for (CsvColumn c : values()) {
            if (c.names.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the column a header cell that names none seems meant for: one whose name it holds,
     * or that holds it, or that differs by at most two letters ({@code catoptcombos},
     * {@code last_updated_at}). Such a column must not be ignored: its values would be lost.
     *
     * @param cell  the cell as written, not null
     * @return the column it resembles, empty if none
     */
    static Optional<CsvColumn> resembled(String cell) {
        String key = cell.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").strip();
        if (key.length() < 4) {
            return Optional.empty();
        }
        for (CsvColumn c : values()) {
            for (String name : c.names) {
                if (key.contains(name) || name.contains(key) || distance(key, name) <= 2) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** The edit distance of two words (insertions, deletions, substitutions). */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
