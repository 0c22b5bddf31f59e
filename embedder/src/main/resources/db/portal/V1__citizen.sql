-- The portal's own first migration: its citizens.
CREATE TABLE citizen (
    id BIGINT PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
