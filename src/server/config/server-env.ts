import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const intSetting = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? String(fallback) : v.trim()))
    .pipe(
      z
        .string()
        .regex(/^-?\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().min(min).max(max)),
    );

const timeZoneSchema = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? 'UTC' : v.trim()))
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not an IANA time zone (for example Europe/Stockholm)' },
  );

/** Every setting the BFF reads, parsed once at start (see .env.example for what each one means). */
export const serverEnvSchema = z
  .object({
    OPENPANEL_API_URL: z
      .string()
      .optional()
      .transform((v) =>
        v === undefined || v.trim() === '' ? 'https://api.openpanel.dev' : v.trim(),
      )
      .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })),
    OPENPANEL_CLIENT_ID: optionalText,
    OPENPANEL_CLIENT_SECRET: optionalText,
    OPENPANEL_PROJECT_ID: optionalText,
    OPENPANEL_TIMEZONE: timeZoneSchema,
    PORT: intSetting(3000, 0, 65535),
    HOST: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? '127.0.0.1' : v.trim())),
    DASHBOARD_USERS: optionalText,
    VIEWER_PASSWORD_HASH: optionalText,
    EDITOR_PASSWORD_HASH: optionalText,
    SESSION_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
      message: 'must be at least 32 characters',
    }),
    SESSION_TTL_HOURS: intSetting(12, 1, 24 * 30),
    SHARE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
      message: 'must be at least 32 characters',
    }),
    CACHE_TTL_MS: intSetting(30_000, 0, 3_600_000),
    UPSTREAM_TIMEOUT_MS: intSetting(15_000, 10, 300_000),
    FRAME_ANCESTORS: optionalText,
    /** The origin browsers use when the BFF sits behind a proxy (for the same-origin check on writes). */
    PUBLIC_ORIGIN: optionalText.pipe(z.url({ message: 'must be a URL' }).optional()),
    EMULATOR_DATA_DIR: optionalText,
    /** Shares the response cache, coalescing and upstream limiter between BFF instances (optional). */
    REDIS_URL: optionalText.pipe(
      z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
    ),
    /** A reverse proxy in front appends the client address to `x-forwarded-for` (login throttling). */
    TRUST_PROXY: optionalText.pipe(
      z
        .enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' })
        .optional()
        .transform((v) => v === '1' || v === 'true'),
    ),
  })
  .superRefine((env, ctx) => {
    if ((env.OPENPANEL_CLIENT_ID === undefined) !== (env.OPENPANEL_CLIENT_SECRET === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENPANEL_CLIENT_SECRET'],
        message: 'set both OPENPANEL_CLIENT_ID and OPENPANEL_CLIENT_SECRET, or neither (demo mode)',
      });
    }
    if (env.FRAME_ANCESTORS !== undefined && /[;,\r\n]/.test(env.FRAME_ANCESTORS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['FRAME_ANCESTORS'],
        message: 'space-separated sources only (no ; or ,)',
      });
    }
  });
export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class ConfigError extends Error {}

/** Parses the environment, or throws one readable list of everything that is wrong. */
export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
