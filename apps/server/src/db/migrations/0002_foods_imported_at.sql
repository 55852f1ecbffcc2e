-- Servers sharing a database follow each other's imports by when foods were written.
CREATE INDEX foods_imported_at_idx ON foods (imported_at);

-- The time each row was written, not when its transaction began: a long import's rows are not
-- stamped earlier than rows others wrote meanwhile.
ALTER TABLE foods ALTER COLUMN imported_at SET DEFAULT clock_timestamp();
