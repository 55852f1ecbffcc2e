-- The food catalog: one row per food from every source, nutrients per 100 g by USDA number.
CREATE TABLE foods (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('usda-sr28', 'usda-fndds', 'off')),
  source_id text NOT NULL,
  dataset text NOT NULL,
  name text NOT NULL CHECK (name <> ''),
  brand text,
  category text,
  barcode text,
  fdc_id integer,
  nutrients jsonb NOT NULL,
  -- Energy and macros per 100 g, copied from nutrients on write: what lists and search show.
  kcal real,
  protein real,
  carbs real,
  fat real,
  portions jsonb NOT NULL DEFAULT '[]',
  default_portion jsonb,
  energy_estimated boolean NOT NULL DEFAULT false,
  quality_notes jsonb NOT NULL DEFAULT '[]',
  completeness smallint NOT NULL DEFAULT 0,
  source_updated_at timestamptz,
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT foods_source_key UNIQUE (source, source_id)
);

-- One barcode is one product.
CREATE UNIQUE INDEX foods_barcode_key ON foods (barcode) WHERE barcode IS NOT NULL;

CREATE INDEX foods_source_idx ON foods (source, id);

-- Names and units of nutrients, by USDA nutrient number (from SR28 NUTR_DEF).
CREATE TABLE nutrient_definitions (
  number text PRIMARY KEY,
  name text NOT NULL,
  unit text NOT NULL,
  tagname text,
  sort_order integer NOT NULL DEFAULT 100000
);

-- Every import run, with its progress, so a restart can see what was left unfinished.
CREATE TABLE import_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL,
  location text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  rows_read integer NOT NULL DEFAULT 0,
  rows_written integer NOT NULL DEFAULT 0,
  rows_skipped integer NOT NULL DEFAULT 0,
  -- Where a resumable import had got to when it last committed: {"file": ..., "line": ...}.
  checkpoint jsonb,
  error text
);

CREATE INDEX import_runs_source_idx ON import_runs (source, location, status);
