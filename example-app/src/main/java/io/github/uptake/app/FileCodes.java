package io.github.uptake.app;

import io.github.uptake.model.Unit;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * What a CSV file's unit codes, taken together, say about the codes that one at a time could be
 * several units (see {@link UnitCodeIndex}): such a code waits until the whole file is read, and is
 * then settled by the file's evidence, or refused with its candidates as before.
 *
 * <p>The evidence: <b>the file kept its zeros.</b> A spreadsheet turns a whole column of codes into
 * numbers or none of it; if any code of the file is written with a leading zero ({@code 00001},
 * {@code 001}) and is a unit as written, the column was text, so a code in doubt is the unit
 * written ({@code 796} is district 796, not commune 00796), with a warning naming the line that
 * shows it. A code the evidence does not settle is refused, as it would have been alone.
 *
 * <p>The kind of the file's other units is not evidence: a file of a district's own figure beside
 * its communes is common, and a district code in doubt must not be read as a commune of another
 * province because the file's other codes are communes (a seeded property found such files).
 * Not thread-safe: one per file.
 */
final class FileCodes {
    /** A code in doubt, waiting for the end of the file. */
    private record Pending(int index, String raw, Location at, UnitCodeIndex.Match match,
                           LocalDate day) {
    }

    private Location zerosKept;
    private final List<Pending> pending = new ArrayList<>();

    /**
     * Notes a code's match as evidence; returns whether the code must wait for the whole file.
     *
     * @param raw  the code as written
     * @param at  where it is
     * @param match  what the code alone names
     * @return true if the code is in doubt (several candidates) and must wait
     */
    boolean note(String raw, Location at, UnitCodeIndex.Match match) {
        if (match.found()) {
            if (zerosKept == null && raw.length() > 1 && raw.charAt(0) == '0'
                    && raw.equals(match.unit().code())) {
                zerosKept = at;
            }
            return false;
        }
        return match.kind() == UnitCodeIndex.Kind.AMBIGUOUS;
    }

    /**
     * Puts a code in doubt aside until the end of the file.
     *
     * @param index  the index of its record among those read, -1 if the row was refused otherwise
     * @param raw  the code as written
     * @param at  where it is
     * @param match  its {@link UnitCodeIndex.Kind#AMBIGUOUS} match
     * @param day  the day its units are of, null if every version
     */
    void waitFor(int index, String raw, Location at, UnitCodeIndex.Match match, LocalDate day) {
        pending.add(new Pending(index, raw, at, match, day));
    }

    /**
     * Settles every code in doubt by the file's evidence: those settled are given to {@code
     * settled} (the unit and the record's index), each with a warning; the others are refused
     * with their candidates.
     *
     * @param scope  the reporting unit, null if none
     * @param problems  where problems go
     * @param settled  told each settled unit and its record's index (never for index -1)
     */
    void settle(String scope, FileProblems problems, ObjIntConsumer<Unit> settled) {
        for (Pending p : pending) {
            Unit unit = zerosKept == null ? null : p.match().candidates().stream()
                    .filter(u -> u.code().equals(p.raw())).findFirst().orElse(null);
            if (unit == null) {
                p.match().problem(p.at(), p.raw(), scope, p.day()).ifPresent(problems::add);
                continue;
            }
            String line = zerosKept.line().isEmpty() ? ""
                    : String.valueOf(zerosKept.line().getAsInt());
            problems.add(Problem.warning("unit.code-as-written", p.at(), p.raw(), "Mã " + p.raw()
                    + " được đọc đúng như đã ghi: " + unit.code() + " (" + unit.name()
                    + "), vì tệp giữ số 0 ở đầu mã (dòng " + line + "). Nếu mã này đã mất số 0"
                    + " ở đầu, hãy ghi đủ chữ số.", "Code " + p.raw() + " is read as written: "
                    + unit.code() + " (" + unit.name() + "), since the file keeps leading zeros"
                    + " in its codes (line " + line + "). If this code lost its zeros, write it"
                    + " in full."));
            if (p.index() >= 0) {
                settled.accept(unit, p.index());
            }
        }
        pending.clear();
    }
}
