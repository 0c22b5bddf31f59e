-- The app's accounts, in a schema of the app's own (the library's tables are in "uptake").
CREATE TABLE account (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    name_folded VARCHAR(64) NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    unit_code VARCHAR(64),
    role VARCHAR(16) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    disabled BOOLEAN NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    password_set_at TIMESTAMP NOT NULL
);
