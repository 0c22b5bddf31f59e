package io.github.uptake.dhis2;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.uptake.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import of a data value set did, shaped like the import summary DHIS2's
 * {@code /api/dataValueSets} answers with: a status, counts of values imported (new figures),
 * updated (a new revision of a figure), ignored (identical to a stored revision, repeated in the
 * file, or not stored because the file was refused) and deleted (always 0: Uptake keeps every
 * figure), and the conflicts that refused the file.
 *
 * <p>A file is imported all or nothing: one conflict refuses it whole ({@link Status#ERROR},
 * every value ignored, nothing stored).
 *
 * @param status  the outcome, not null
 * @param description  a sentence in English saying what happened, not null
 * @param importCount  the counts, not null
 * @param conflicts  what refused the file, empty unless the status is {@code ERROR}, not null
 * @param dryRun  true if nothing was to be stored (the counts say what an import would do)
 * @param submissionId  the submission that stored the values, or the earlier one whose content
 *     this was; empty for a refused file or a dry run
 * @since 0.2.0
 */
public record ImportSummary(Status status, String description, ImportCount importCount,
                            List<Conflict> conflicts, boolean dryRun,
                            Optional<String> submissionId) {

    /** The outcome of an import, as DHIS2 names it. */
    public enum Status {
        /** Every value was imported, updated or ignored as identical. */
        SUCCESS,
        /** The file was refused for its conflicts; nothing was stored. */
        ERROR
    }

    /**
     * How many values were imported, updated, ignored and deleted; they add up to the values
     * read.
     *
     * @param imported  values that are new figures
     * @param updated  values that change a stored figure (a new revision)
     * @param ignored  values identical to a stored revision or repeated, or all values of a
     *     refused file
     * @param deleted  always 0
     */
    public record ImportCount(int imported, int updated, int ignored, int deleted) {
        /**
         * Checks the counts.
         *
         * @param imported  values that are new figures
         * @param updated  values that change a stored figure (a new revision)
         * @param ignored  values identical to a stored revision or repeated, or all values of a
         *     refused file
         * @param deleted  always 0
         * @throws IllegalArgumentException if a count is negative
         */
        public ImportCount {
            if (imported < 0 || updated < 0 || ignored < 0 || deleted < 0) {
                throw new IllegalArgumentException("counts must be 0 or more");
            }
        }

        /**
         * Returns the total.
         *
         * @return imported + updated + ignored + deleted
         */
        public int total() {
            return imported + updated + ignored + deleted;
        }
    }

    /**
     * A reason the file was refused, at the values it concerns.
     *
     * @param object  the offending code or text (an org unit, a period, a value), null if the
     *     field was missing
     * @param property  the field: {@code dataElement}, {@code period}, {@code orgUnit},
     *     {@code value}, {@code attributeOptionCombo}, {@code storedBy}, {@code lastUpdated} or
     *     {@code comment}; not null
     * @param indexes  the 0-based positions of the values in the set, ascending, not empty
     * @param problem  the same as a located problem: code, file and line of the first value,
     *     messages in Vietnamese and English, not null
     */
    public record Conflict(String object, String property, List<Integer> indexes,
                           Problem problem) {
        /**
         * Copies the indexes and checks the parts.
         *
         * @param object  the offending code or text (an org unit, a period, a value), null if the
         *     field was missing
         * @param property  the field: {@code dataElement}, {@code period}, {@code orgUnit},
         *     {@code value}, {@code attributeOptionCombo}, {@code storedBy}, {@code lastUpdated} or
         *     {@code comment}; not null
         * @param indexes  the 0-based positions of the values in the set, ascending, not empty
         * @param problem  the same as a located problem: code, file and line of the first value,
         *     messages in Vietnamese and English, not null
         * @throws NullPointerException if a required part is null
         * @throws IllegalArgumentException if there is no index
         */
        public Conflict {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(problem, "problem");
            indexes = List.copyOf(indexes);
            if (indexes.isEmpty()) {
                throw new IllegalArgumentException("a conflict concerns at least one value");
            }
        }

        /**
         * Returns the problem's stable code, which DHIS2 would call the error code.
         *
         * @return the code, not null
         */
        public String errorCode() {
            return problem.code();
        }
    }

    /**
     * Checks the parts.
     *
     * @param status  the outcome, not null
     * @param description  a sentence in English saying what happened, not null
     * @param importCount  the counts, not null
     * @param conflicts  what refused the file, empty unless the status is {@code ERROR}, not null
     * @param dryRun  true if nothing was to be stored (the counts say what an import would do)
     * @param submissionId  the submission that stored the values, or the earlier one whose content
     *     this was; empty for a refused file or a dry run
     * @throws NullPointerException if a part is null
     */
    public ImportSummary {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(importCount, "importCount");
        conflicts = List.copyOf(conflicts);
        Objects.requireNonNull(submissionId, "submissionId");
    }

    /**
     * Returns the summary as DHIS2 writes it: {@code responseType}, {@code status},
     * {@code description}, {@code importOptions.dryRun}, {@code importCount}, and each conflict
     * with {@code object}, {@code objects}, {@code value} (the English message),
     * {@code errorCode}, {@code property} and {@code indexes}; Uptake adds the Vietnamese message
     * ({@code valueVi}) and the file line ({@code line}).
     *
     * @return the JSON text, indented, not null
     */
    public String toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("responseType", "ImportSummary");
        root.put("status", status.name());
        root.put("description", description);
        root.putObject("importOptions").put("dryRun", dryRun).put("atomicMode", "ALL")
                .putObject("idSchemes").put("idScheme", "CODE");
        root.putObject("importCount").put("imported", importCount.imported())
                .put("updated", importCount.updated()).put("ignored", importCount.ignored())
                .put("deleted", importCount.deleted());
        ArrayNode list = root.putArray("conflicts");
        for (Conflict c : conflicts) {
            ObjectNode n = list.addObject();
            n.put("object", c.object());
            n.putObject("objects").put(c.property(), c.object());
            n.put("value", c.problem().messageEn());
            n.put("valueVi", c.problem().messageVi());
            n.put("errorCode", c.errorCode());
            n.put("property", c.property());
            ArrayNode idx = n.putArray("indexes");
            c.indexes().forEach(idx::add);
            c.problem().location().line().ifPresent(l -> n.put("line", l));
        }
        submissionId.ifPresent(id -> root.put("submission", id));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always writes", e);
        }
    }
}
