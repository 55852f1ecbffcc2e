import type { Queryable } from '../db/client.ts';

export interface ProfileRow {
  readonly sex: 'female' | 'male';
  readonly birth_date: string;
  readonly height_cm: number;
  readonly weight_kg: number;
  readonly body_fat_pct: number | null;
  readonly activity: string;
  readonly goal: 'lose' | 'maintain' | 'gain';
  readonly rate_kg_per_week: number;
  readonly units: 'metric' | 'us';
  readonly time_zone: string;
  readonly meals: string[];
  readonly updated_at: Date;
}

export const PROFILE_COLUMNS = `sex, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, height_cm, weight_kg, body_fat_pct, activity, goal,
  rate_kg_per_week, units, time_zone, meals, updated_at`;

/** The user's profile (Row Level Security makes it the caller's own), or undefined before onboarding. */
export async function findProfile(db: Queryable): Promise<ProfileRow | undefined> {
  const [row] = await db.query<ProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM profiles`);
  return row;
}

export async function saveProfile(db: Queryable, userId: string, p: Omit<ProfileRow, 'updated_at'>): Promise<ProfileRow> {
  const [row] = await db.query<ProfileRow>(
    `INSERT INTO profiles (user_id, sex, birth_date, height_cm, weight_kg, body_fat_pct, activity, goal, rate_kg_per_week, units, time_zone, meals)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (user_id) DO UPDATE SET sex = excluded.sex, birth_date = excluded.birth_date, height_cm = excluded.height_cm,
       weight_kg = excluded.weight_kg, body_fat_pct = excluded.body_fat_pct, activity = excluded.activity, goal = excluded.goal,
       rate_kg_per_week = excluded.rate_kg_per_week, units = excluded.units, time_zone = excluded.time_zone, meals = excluded.meals,
       updated_at = now()
     RETURNING ${PROFILE_COLUMNS}`,
    [userId, p.sex, p.birth_date, p.height_cm, p.weight_kg, p.body_fat_pct, p.activity, p.goal, p.rate_kg_per_week, p.units, p.time_zone, JSON.stringify(p.meals)],
  );
  if (!row) throw new Error('the profile was not saved');
  return row;
}

export async function findTargetSettings(db: Queryable): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.query<{ settings: Record<string, unknown> }>('SELECT settings FROM target_settings');
  return row?.settings;
}

export async function saveTargetSettings(db: Queryable, userId: string, settings: unknown): Promise<void> {
  await db.query(
    `INSERT INTO target_settings (user_id, settings) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET settings = excluded.settings, updated_at = now()`,
    [userId, JSON.stringify(settings)],
  );
}

/** The user's meals, in order: their own names once they set them, the default four before. */
export async function findMeals(db: Queryable, defaults: readonly string[]): Promise<readonly string[]> {
  const [row] = await db.query<{ meals: string[] }>('SELECT meals FROM profiles');
  return row?.meals ?? defaults;
}
