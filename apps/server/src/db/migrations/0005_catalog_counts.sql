-- How many foods the catalog holds, kept current as foods are written, so that nobody has to
-- count 800,000 rows to know (liveness and status pages read it, and it costs them nothing).
CREATE TABLE catalog_counts (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  foods bigint NOT NULL
);
INSERT INTO catalog_counts (foods) SELECT count(*) FROM foods;

-- Runs as the owner, whoever writes the foods.
CREATE FUNCTION count_catalog_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE catalog_counts SET foods = foods + (SELECT count(*) FROM changed_rows);
  ELSE
    UPDATE catalog_counts SET foods = foods - (SELECT count(*) FROM changed_rows);
  END IF;
  RETURN NULL;
END
$$;

-- Per statement, not per row: an import writes a thousand foods a statement. An upsert's insert
-- trigger sees only the rows it inserted, not those it updated.
CREATE TRIGGER foods_counted_on_insert AFTER INSERT ON foods
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION count_catalog_changes();
CREATE TRIGGER foods_counted_on_delete AFTER DELETE ON foods
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION count_catalog_changes();
