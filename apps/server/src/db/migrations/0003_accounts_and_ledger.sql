-- Accounts, profiles, targets and the daily ledger. Amounts are double precision, so what a
-- client sent reads back exactly (a replayed write is answered with the same numbers).
--
-- Every table here belongs to one user. Row Level Security is enforced by PostgreSQL itself:
-- each request runs in a transaction switched to the unprivileged role macromuse_user, with
-- the user's id in the setting macromuse.user_id, and these policies let that role see and
-- write only that user's rows. Sign-in and refresh run before a user is known, as the
-- connecting role (the tables' owner), which these policies do not restrict.

DO $$
BEGIN
  CREATE ROLE macromuse_user NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

-- The connecting role must be able to switch to macromuse_user (a superuser always can).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'macromuse_user', 'MEMBER') THEN
    EXECUTE format('GRANT macromuse_user TO %I', current_user);
  END IF;
END
$$;

-- The user a request acts for; NULL outside a user's request, which matches no row.
CREATE FUNCTION macromuse_current_user() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('macromuse.user_id', true), '')::uuid $$;

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- A sign-in on one device: the family of refresh tokens that follow each other.
CREATE TABLE auth_sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

-- Refresh tokens, stored as SHA-256 hashes. A token is used once; a second use revokes its session.
CREATE TABLE refresh_tokens (
  token_hash text PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  issued_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  sex text NOT NULL CHECK (sex IN ('female', 'male')),
  birth_date date NOT NULL,
  height_cm double precision NOT NULL CHECK (height_cm > 0),
  weight_kg double precision NOT NULL CHECK (weight_kg > 0),
  body_fat_pct double precision CHECK (body_fat_pct > 0 AND body_fat_pct < 100),
  activity text NOT NULL,
  goal text NOT NULL CHECK (goal IN ('lose', 'maintain', 'gain')),
  rate_kg_per_week double precision NOT NULL DEFAULT 0 CHECK (rate_kg_per_week >= 0),
  units text NOT NULL DEFAULT 'metric' CHECK (units IN ('metric', 'us')),
  time_zone text NOT NULL DEFAULT 'UTC',
  meals jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What the user set by hand; everything else is computed from the profile when read.
CREATE TABLE target_settings (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Foods a user made: found by that user's search and barcode lookup and nobody else's.
CREATE TABLE custom_foods (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (name <> ''),
  brand text,
  barcode text,
  nutrients jsonb NOT NULL,
  portions jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX custom_foods_user_idx ON custom_foods (user_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX custom_foods_barcode_key ON custom_foods (user_id, barcode) WHERE barcode IS NOT NULL AND deleted_at IS NULL;

-- One logged food or quick add. The entry keeps what it was logged with (name, nutrients per
-- 100 g, portions), so a later change to the catalog never rewrites a past day.
CREATE TABLE entries (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  date date NOT NULL,
  meal text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('food', 'quick')),
  -- A catalog food id (digits) or a custom food id (uuid); NULL for a quick add.
  food_id text,
  name text NOT NULL,
  brand text,
  amount double precision NOT NULL CHECK (amount >= 0),
  unit text NOT NULL,
  grams double precision CHECK (grams >= 0),
  per_100g jsonb,
  portions jsonb NOT NULL DEFAULT '[]',
  -- Nutrients of the amount logged, by USDA number.
  nutrients jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  deleted_at timestamptz
);
CREATE INDEX entries_user_date_idx ON entries (user_id, date) WHERE deleted_at IS NULL;
CREATE INDEX entries_user_food_idx ON entries (user_id, food_id, created_at DESC) WHERE deleted_at IS NULL AND food_id IS NOT NULL;

-- A copy of a day or a meal, kept under the id the client gave it: sending it again answers
-- with the same entries and copies nothing more.
CREATE TABLE copy_operations (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  from_date date NOT NULL,
  to_date date NOT NULL,
  meal text,
  to_meal text,
  entry_ids uuid[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE favourite_foods (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  food_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, food_id)
);

CREATE TABLE weights (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  date date NOT NULL,
  measured_at timestamptz NOT NULL,
  kg double precision NOT NULL CHECK (kg > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX weights_user_date_idx ON weights (user_id, date) WHERE deleted_at IS NULL;

CREATE TABLE water (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  date date NOT NULL,
  ml double precision NOT NULL CHECK (ml > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX water_user_date_idx ON water (user_id, date) WHERE deleted_at IS NULL;

-- The catalog is readable by every signed-in request; it holds no user data.
GRANT USAGE ON SCHEMA public TO macromuse_user;
GRANT SELECT ON foods, nutrient_definitions TO macromuse_user;
GRANT EXECUTE ON FUNCTION macromuse_current_user() TO macromuse_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, auth_sessions, refresh_tokens, profiles, target_settings, custom_foods,
  entries, copy_operations, favourite_foods, weights, water TO macromuse_user;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_own ON users USING (id = macromuse_current_user()) WITH CHECK (id = macromuse_current_user());

ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY auth_sessions_own ON auth_sessions USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY refresh_tokens_own ON refresh_tokens USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_own ON profiles USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE target_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY target_settings_own ON target_settings USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE custom_foods ENABLE ROW LEVEL SECURITY;
CREATE POLICY custom_foods_own ON custom_foods USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY entries_own ON entries USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE copy_operations ENABLE ROW LEVEL SECURITY;
CREATE POLICY copy_operations_own ON copy_operations USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE favourite_foods ENABLE ROW LEVEL SECURITY;
CREATE POLICY favourite_foods_own ON favourite_foods USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE weights ENABLE ROW LEVEL SECURITY;
CREATE POLICY weights_own ON weights USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

ALTER TABLE water ENABLE ROW LEVEL SECURITY;
CREATE POLICY water_own ON water USING (user_id = macromuse_current_user()) WITH CHECK (user_id = macromuse_current_user());

-- Keys the server signs access tokens with, shared by every instance on one database.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
