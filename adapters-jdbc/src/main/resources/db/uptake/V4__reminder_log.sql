-- Uptake storage schema, version 4: the record of reminders (io.github.uptake.remind.ReminderLog),
-- so a restart never sends the same reminder twice and a failed one is tried again.
-- ${prefix} is the table prefix (default uptake_); a DBA applying this by hand replaces it.
-- One row per reminder: (unit, as-of day, kind). A claim inserts the row, or moves a FAILED row
-- with attempts left back to CLAIMED; the primary key lets one of two concurrent claims through.
-- last_error is cut to 2000 characters (ReminderLog.MAX_REASON_LENGTH); recipients are the
-- addresses of the last claim, one a line, 8000 characters at most (MAX_RECIPIENTS_LENGTH).

CREATE TABLE ${prefix}reminder_log (
    unit_code        VARCHAR(32)   NOT NULL,
    as_of            DATE          NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    status           VARCHAR(8)    NOT NULL,
    attempts         INTEGER       NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    recipients       VARCHAR(8000) NOT NULL,
    PRIMARY KEY (unit_code, as_of, kind),
    -- a CASE, not IN nor ORs of '=' (which H2 turns into IN): H2 2.4.240 compares with the
    -- constant set of an IN in a CHECK through the session that created the table, and every
    -- insert fails ("The database has been closed") once that connection is closed while the
    -- database stays open (in memory, or behind a pool); H2MemoryReminderLogTest caught it
    CHECK (CASE status WHEN 'CLAIMED' THEN 1 WHEN 'SENT' THEN 1 WHEN 'FAILED' THEN 1 ELSE 0 END
        = 1),
    CHECK (attempts >= 1),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

-- Reading a day's records (ReminderLog.entries).
CREATE INDEX ${prefix}reminder_log_by_day ON ${prefix}reminder_log (as_of);
