-- Uptake storage schema, version 3: revisions by recording time, for a live model in memory to
-- read only what was stored since it last looked (ReportStore.forEachRevisionRecordedAfter).
-- ${prefix} is the table prefix (default uptake_); a DBA applying this by hand replaces it.

CREATE INDEX ${prefix}report_revision_by_recording
    ON ${prefix}report_revision (recorded_at);
