-- Row Level Security binds the tables' owner too, not only the role requests run as: a query
-- the server runs as its own role sees no user's rows unless it is scoped to that user.
ALTER TABLE users FORCE ROW LEVEL SECURITY;
ALTER TABLE auth_sessions FORCE ROW LEVEL SECURITY;
ALTER TABLE refresh_tokens FORCE ROW LEVEL SECURITY;
ALTER TABLE profiles FORCE ROW LEVEL SECURITY;
ALTER TABLE target_settings FORCE ROW LEVEL SECURITY;
ALTER TABLE custom_foods FORCE ROW LEVEL SECURITY;
ALTER TABLE entries FORCE ROW LEVEL SECURITY;
ALTER TABLE copy_operations FORCE ROW LEVEL SECURITY;
ALTER TABLE favourite_foods FORCE ROW LEVEL SECURITY;
ALTER TABLE weights FORCE ROW LEVEL SECURITY;
ALTER TABLE water FORCE ROW LEVEL SECURITY;

-- Before anyone is signed in, the server's own role (the one migrating) finds accounts and keeps
-- sessions: sign-up, sign-in and the refresh of a session. Only those three tables, only that role.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY users_server ON users TO %I USING (true) WITH CHECK (true)', current_user);
  EXECUTE format('CREATE POLICY auth_sessions_server ON auth_sessions TO %I USING (true) WITH CHECK (true)', current_user);
  EXECUTE format('CREATE POLICY refresh_tokens_server ON refresh_tokens TO %I USING (true) WITH CHECK (true)', current_user);
END
$$;
