-- Uptake storage schema, version 2: crosswalks between hierarchy versions.
-- ${prefix} is the table prefix (default uptake_); a DBA applying this by hand replaces it.
-- Weights are exact fractions written "p/q" (or "p"), as io.github.uptake.history.Fraction prints
-- them: composed crosswalks can need more digits than any numeric type holds.

CREATE TABLE ${prefix}crosswalk (
    hierarchy_name  VARCHAR(63)  NOT NULL,
    from_version    DATE         NOT NULL,
    to_version      DATE         NOT NULL,
    source          VARCHAR(400) NOT NULL,
    PRIMARY KEY (hierarchy_name, from_version, to_version),
    CHECK (from_version < to_version)
);

-- One row per piece (new_code set) or per retired old unit (new_code NULL, no weights).
CREATE TABLE ${prefix}crosswalk_piece (
    hierarchy_name  VARCHAR(63)   NOT NULL,
    from_version    DATE          NOT NULL,
    to_version      DATE          NOT NULL,
    position_no     INTEGER       NOT NULL,
    old_code        VARCHAR(32)   NOT NULL,
    new_code        VARCHAR(32),
    weight          VARCHAR(4000),
    estimated       VARCHAR(4000),
    PRIMARY KEY (hierarchy_name, from_version, to_version, position_no),
    FOREIGN KEY (hierarchy_name, from_version, to_version)
        REFERENCES ${prefix}crosswalk (hierarchy_name, from_version, to_version),
    CHECK ((new_code IS NULL AND weight IS NULL AND estimated IS NULL)
        OR (new_code IS NOT NULL AND weight IS NOT NULL AND estimated IS NOT NULL))
);
