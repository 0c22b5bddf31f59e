-- The host's second migration changes its first one's table: it fails if V1 was skipped.
ALTER TABLE citizen ADD COLUMN email VARCHAR(200);
