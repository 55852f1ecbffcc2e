import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

const emailSchema = z
  .string({ error: 'is required' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email address' }));

const passwordSchema = z
  .string({ error: 'is required' })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema });
export type SignUp = z.infer<typeof signUpSchema>;

/** Sign-in checks only that a password was given: its rules are for new passwords. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'is required' }).min(1, 'is required').max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});
export type SignIn = z.infer<typeof signInSchema>;

export const refreshSchema = z.object({
  refreshToken: z.string({ error: 'is required' }).min(20, 'is not a refresh token').max(200, 'is not a refresh token'),
});
export type Refresh = z.infer<typeof refreshSchema>;

export const signOutSchema = z.object({
  /** Signs out everywhere: every session of the account, not only this one. */
  everywhere: z.boolean().default(false),
});

export const deleteAccountSchema = z.object({
  password: z.string({ error: 'is required: confirm with your password' }).min(1, 'is required: confirm with your password').max(MAX_PASSWORD_LENGTH),
});

export const accountSchema = z.object({ id: z.uuid(), email: z.string(), createdAt: z.string() });
export type Account = z.infer<typeof accountSchema>;

export const authTokensSchema = z.object({
  user: accountSchema,
  /** Send as `Authorization: Bearer <accessToken>`; short-lived. */
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  /** Exchange at /api/auth/refresh for a new pair; each refresh token works once. */
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.string(),
});
export type AuthTokens = z.infer<typeof authTokensSchema>;

export const exportQuerySchema = z.object({
  /** json: one document; zip: one CSV file per table. */
  format: z.enum(['json', 'zip']).default('json'),
});
