-- Uptake storage schema, version 1.
-- Plain SQL for H2 2.x and PostgreSQL 12 or later (and PostgreSQL-compatible databases).
-- ${prefix} is the table prefix (default uptake_); a DBA applying this by hand replaces it.
-- No triggers, stored procedures or database-specific types; no reserved words as identifiers.

CREATE TABLE ${prefix}hierarchy_version (
    hierarchy_name  VARCHAR(63)  NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_until     DATE,
    PRIMARY KEY (hierarchy_name, valid_from)
);

-- The units of a hierarchy version and their edges (parent_code), in the order they were given.
CREATE TABLE ${prefix}hierarchy_unit (
    hierarchy_name    VARCHAR(63)  NOT NULL,
    version_from      DATE         NOT NULL,
    position_no       INTEGER      NOT NULL,
    unit_code         VARCHAR(32)  NOT NULL,
    parent_code       VARCHAR(32),
    unit_kind         VARCHAR(63)  NOT NULL,
    unit_name         VARCHAR(400) NOT NULL,
    unit_name_en      VARCHAR(400),
    unit_valid_from   DATE,
    unit_valid_until  DATE,
    PRIMARY KEY (hierarchy_name, version_from, unit_code),
    FOREIGN KEY (hierarchy_name, version_from)
        REFERENCES ${prefix}hierarchy_version (hierarchy_name, valid_from)
);

CREATE TABLE ${prefix}segment (
    segment_id  VARCHAR(63) NOT NULL PRIMARY KEY
);

CREATE TABLE ${prefix}denominator (
    unit_code   VARCHAR(32)  NOT NULL,
    segment_id  VARCHAR(63)  NOT NULL,
    source      VARCHAR(200) NOT NULL,
    vintage     DATE         NOT NULL,
    people      BIGINT       NOT NULL CHECK (people >= 0),
    PRIMARY KEY (unit_code, segment_id, source, vintage)
);

-- unit_kind '' means the rule applies to every kind.
CREATE TABLE ${prefix}target_rule (
    segment_id         VARCHAR(63) NOT NULL,
    unit_kind          VARCHAR(63) NOT NULL,
    share_numerator    BIGINT      NOT NULL,
    share_denominator  BIGINT      NOT NULL,
    deadline           DATE,
    position_no        INTEGER     NOT NULL,
    PRIMARY KEY (segment_id, unit_kind)
);

CREATE TABLE ${prefix}reporting_schedule (
    schedule_name   VARCHAR(64) NOT NULL PRIMARY KEY,
    cadence         VARCHAR(16) NOT NULL,
    cut_off         VARCHAR(8)  NOT NULL,
    zone_id         VARCHAR(64) NOT NULL,
    due_after_days  INTEGER     NOT NULL,
    expects_leaves  BOOLEAN     NOT NULL
);

-- The chosen units of a schedule that does not expect every leaf.
CREATE TABLE ${prefix}reporting_schedule_unit (
    schedule_name  VARCHAR(64) NOT NULL,
    unit_code      VARCHAR(32) NOT NULL,
    PRIMARY KEY (schedule_name, unit_code),
    FOREIGN KEY (schedule_name) REFERENCES ${prefix}reporting_schedule (schedule_name)
);

CREATE TABLE ${prefix}submission (
    submission_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    content_hash   CHAR(64)     NOT NULL UNIQUE,
    source         VARCHAR(400) NOT NULL,
    submitted_by   VARCHAR(200) NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted       INTEGER      NOT NULL,
    unchanged      INTEGER      NOT NULL,
    rejected       INTEGER      NOT NULL
);

-- Every revision of every report; rows are only ever inserted. source_ref '' means none.
CREATE TABLE ${prefix}report_revision (
    unit_code        VARCHAR(32)  NOT NULL,
    segment_id       VARCHAR(63)  NOT NULL,
    as_of            DATE         NOT NULL,
    revision         INTEGER      NOT NULL,
    people           BIGINT       NOT NULL CHECK (people >= 0),
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reporter         VARCHAR(200) NOT NULL,
    source_ref       VARCHAR(400) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submission_id    VARCHAR(64),
    previous_people  BIGINT,
    PRIMARY KEY (unit_code, segment_id, as_of, revision),
    CONSTRAINT ${prefix}report_revision_content
        UNIQUE (unit_code, segment_id, as_of, reported_at, people, reporter, source_ref),
    FOREIGN KEY (submission_id) REFERENCES ${prefix}submission (submission_id)
);

-- Reading a day or a range of days of one segment, unit by unit: snapshots and series.
CREATE INDEX ${prefix}report_revision_by_day
    ON ${prefix}report_revision (segment_id, as_of, unit_code);

CREATE TABLE ${prefix}authoritative_count (
    unit_code   VARCHAR(32)  NOT NULL,
    segment_id  VARCHAR(63)  NOT NULL,
    as_of       DATE         NOT NULL,
    source      VARCHAR(200) NOT NULL,
    people      BIGINT       NOT NULL CHECK (people >= 0),
    PRIMARY KEY (unit_code, segment_id, as_of, source)
);

CREATE TABLE ${prefix}verification (
    unit_code   VARCHAR(32)  NOT NULL,
    segment_id  VARCHAR(63)  NOT NULL,
    as_of       DATE         NOT NULL,
    verifier    VARCHAR(200) NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    people      BIGINT       NOT NULL CHECK (people >= 0),
    PRIMARY KEY (unit_code, segment_id, as_of, verifier, checked_at)
);
