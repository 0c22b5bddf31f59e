package io.github.uptake.excel;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Validated;
import java.util.List;
import java.util.Optional;

/**
 * What importing one workbook gave: the submission to store or every problem that refuses it
 * ({@link #result()}), and for the import summary, the sheet that was read and the total and
 * parent rows that were checked.
 * This class is immutable and thread-safe.
 *
 * @param result  the submission with its warnings, or the problems, not null
 * @param sheet  the sheet read, empty if none could be chosen
 * @param checked  the subtotal, total and parent rows checked, in sheet order, not null; empty if
 *     none
 * @since 0.1.0
 */
public record ImportOutcome(Validated<Submission> result, Optional<String> sheet,
                            List<CheckedRow> checked) {

    /**
     * Creates an outcome, checking the fields and copying the list of checked rows.
     *
     * @param result  the submission with its warnings, or the problems, not null
     * @param sheet  the sheet read, not null; empty if none could be chosen
     * @param checked  the rows checked, in sheet order, not null, no null element
     * @throws NullPointerException if an argument is null or the list holds a null
     */
    public ImportOutcome {
        Checks.notNull(result, "result");
        Checks.notNull(sheet, "sheet");
        checked = List.copyOf(checked);
    }
}
