package io.github.uptake.app.demo;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Submission;
import io.github.uptake.reconciliation.AuthoritativeCount;

/** Puts the demo data into a storage. */
public final class DemoLoader {
    private DemoLoader() {
    }

    /**
     * Loads the demo data.
     *
     * @param storage  the storage, empty, not null
     * @param data  the demo data, not null
     */
    public static void load(JdbcStorage storage, DemoData data) {
        storage.referenceStore().saveVersion(data.territorial());
        storage.referenceStore().saveVersion(data.sectoral());
        for (HierarchyVersion v : data.later()) {
            storage.referenceStore().saveVersion(v);
        }
        for (Crosswalk c : data.crosswalks()) {
            storage.crosswalkStore().saveCrosswalk(c);
        }
        for (Denominator d : data.denominators()) {
            storage.referenceStore().saveDenominator(d);
        }
        storage.referenceStore().saveTargetRules(data.rules());
        storage.referenceStore().saveSchedule("daily", ReportingSchedule.daily());
        for (Submission s : data.submissions()) {
            storage.reportStore().submit(s);
        }
        for (AuthoritativeCount a : data.authoritative()) {
            storage.reconciliationStore().saveAuthoritative(a);
        }
    }
}
