package io.github.uptake.app;

import io.github.uptake.dhis2.ImportSummary;
import java.util.Objects;

/**
 * An {@link ImportSummary} as a clerk reads it: for a file taken, one line on standard output with
 * what happened (imported, a dry run, or nothing new) and the counts (new, updated, ignored);
 * for a refused file, each conflict at its place (file, line, field) in both languages, then the
 * refusal with the counts. This class is stateless and thread-safe.
 */
final class ImportSummaryText {
    private ImportSummaryText() {
    }

    /**
     * Prints a summary.
     *
     * @param name  the file's name, not null
     * @param summary  what the import did, not null
     * @param o  where to print, not null
     */
    static void print(String name, ImportSummary summary, Dhis2Output o) {
        Objects.requireNonNull(name, "name");
        ImportSummary.ImportCount c = summary.importCount();
        String countsVi = "mới " + c.imported() + ", cập nhật " + c.updated() + ", bỏ qua "
                + c.ignored();
        String countsEn = "imported " + c.imported() + ", updated " + c.updated() + ", ignored "
                + c.ignored();
        if (summary.status() == ImportSummary.Status.ERROR) {
            o.problems(summary.conflicts().stream().map(ImportSummary.Conflict::problem)
                    .toList());
            int n = summary.conflicts().size();
            o.tell(name + ": ERROR, bị từ chối vì " + n + " xung đột, không lưu gì (" + countsVi
                    + ").", name + ": ERROR, refused for " + n + " conflict" + (n == 1 ? "" : "s")
                    + ", nothing stored (" + countsEn + ").");
        } else if (summary.dryRun()) {
            o.say(name + ": SUCCESS, chạy thử, không lưu gì; nếu nhập: " + countsVi + ".", name
                    + ": SUCCESS, dry run, nothing stored; an import would give: " + countsEn
                    + ".");
        } else if (c.total() == 0) {
            o.say(name + ": SUCCESS, tệp không có giá trị nào, không lưu gì.", name
                    + ": SUCCESS, the file holds no values; nothing stored.");
        } else if (c.imported() + c.updated() == 0) {
            o.say(name + ": SUCCESS, không có gì mới: mọi giá trị đã có sẵn, không lưu số liệu"
                    + " nào (" + countsVi + ").", name + ": SUCCESS, nothing new: every value is"
                    + " already stored; no figure stored (" + countsEn + ").");
        } else {
            o.say(name + ": SUCCESS, " + countsVi + ".", name + ": SUCCESS, " + countsEn + ".");
        }
    }
}
