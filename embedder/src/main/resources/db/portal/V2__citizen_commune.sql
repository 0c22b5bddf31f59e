-- The portal's own second migration: the commune a citizen lives in.
ALTER TABLE citizen ADD COLUMN commune_code VARCHAR(32);
