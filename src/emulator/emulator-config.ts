import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** `.data/emulator` under the project root (git-ignored), wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data/emulator', import.meta.url));

/** Unset and blank mean "use the default", so `EMULATOR_NOW=` in a shell works like leaving it out. */
const setting = () =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const wholeNumber = (fallback: number, min: number, max: number) =>
  setting()
    .transform((v) => v ?? String(fallback))
    .pipe(
      z.coerce
        .number<string>()
        .int('must be a whole number')
        .min(min, `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );

const flag = (fallback: boolean) =>
  setting().pipe(
    z
      .enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' })
      .optional()
      .transform((v) => (v === undefined ? fallback : v === '1' || v === 'true')),
  );

/** Like `flag`, but unset stays undefined: the default depends on another setting. */
const optionalFlag = () =>
  setting().pipe(
    z
      .enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === '1' || v === 'true')),
  );

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Every environment variable the emulator reads, parsed once at start. */
export const emulatorEnvSchema = z
  .object({
    EMULATOR_PORT: wholeNumber(3333, 0, 65535),
    EMULATOR_HOST: setting().transform((v) => v ?? '127.0.0.1'),
    EMULATOR_DATA: setting().transform((v) => v ?? DEFAULT_DATA_DIR),
    EMULATOR_EVENTS: wholeNumber(1_000_000, 0, 50_000_000),
    EMULATOR_SEED: wholeNumber(42, 0, 2 ** 32 - 1),
    EMULATOR_TIMEZONE: setting()
      .transform((v) => v ?? 'UTC')
      .refine(isTimeZone, 'is not an IANA time zone (for example Europe/Stockholm)'),
    EMULATOR_NOW: setting().pipe(
      z.iso
        .datetime({
          offset: true,
          message: 'must be an ISO date-time such as 2026-08-22T12:00:00Z',
        })
        .optional(),
    ),
    EMULATOR_FAULTS: flag(false),
    EMULATOR_EXPORT_FUNNEL: flag(true),
    EMULATOR_SIMULATOR: optionalFlag(),
    EMULATOR_SIMULATOR_RATE: wholeNumber(4, 0, 600),
  })
  .transform((env) => ({
    port: env.EMULATOR_PORT,
    host: env.EMULATOR_HOST,
    /** A directory, or ':memory:' for a throwaway database. */
    dataDir: env.EMULATOR_DATA,
    events: env.EMULATOR_EVENTS,
    seed: env.EMULATOR_SEED,
    timezone: env.EMULATOR_TIMEZONE,
    /** Fixed clock (ISO); undefined means real time. */
    now: env.EMULATOR_NOW,
    faults: env.EMULATOR_FAULTS,
    exportFunnel: env.EMULATOR_EXPORT_FUNNEL,
    /**
     * Live demo traffic through /track (demo/traffic-simulator.ts). On by default only with a real clock:
     * under a fixed EMULATOR_NOW every simulated event would land on the same instant.
     */
    simulator: env.EMULATOR_SIMULATOR ?? env.EMULATOR_NOW === undefined,
    /** Simulated visits per minute, averaged over the day (more by day, fewer at night). */
    simulatorRate: env.EMULATOR_SIMULATOR_RATE,
  }));

export type EmulatorConfig = z.output<typeof emulatorEnvSchema>;

/** Parses the environment; throws one error that lists every bad variable, one per line. */
export function emulatorConfig(
  env: Record<string, string | undefined> = process.env,
): EmulatorConfig {
  const parsed = emulatorEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid emulator configuration:\n${lines.join('\n')}`);
}
