-- A host application's own first migration (the portal's), in its default schema.
CREATE TABLE citizen (
    id         INTEGER      NOT NULL PRIMARY KEY,
    full_name  VARCHAR(200) NOT NULL
);
