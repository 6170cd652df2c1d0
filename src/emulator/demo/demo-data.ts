import type { EmulatorDb } from '../store/emulator-db.ts';
import { createEventBulkLoader } from '../store/event-writer.ts';
import { foldProfileUpsert, upsertProfiles, type ProfileUpsert } from '../store/profile-writer.ts';
import { DEMO_PROJECT_ID } from '../store/seed-organization.ts';
import { formatWallClock } from '../time/zone-offsets.ts';
import {
  DAY_MS,
  DEMO_HISTORY_DAYS,
  dayWeight,
  demoReferences,
  demoTimeline,
  localDayNumber,
  shiftLocalDate,
} from './demo-timeline.ts';
import { DEMO_SITES, generateDemoDay } from './generate-demo-day.ts';
import { hashSeed, SeededRandom } from './seeded-random.ts';

export interface DemoDataOptions {
  seed: number;
  now: Date;
  /** The organization's zone: days, hours and weekdays of the story are local to it. */
  timezone: string;
  /** Event budget of the first generation (the history before `now`). */
  events: number;
  log?: (line: string) => void;
}

export interface DemoDataResult {
  mode: 'initial' | 'catch-up' | 'up-to-date' | 'foreign-data';
  events: number;
  profiles: number;
  ms: number;
}

/** What a later start needs to continue the same story (stored as JSON in emulator_meta). */
interface DemoState {
  seed: number;
  anchor: string;
  timezone: string;
  sessionsPerWeight: Record<string, number>;
}

const STATE_KEY = 'demo.state';
const UNTIL_KEY = 'demo.generated_until';
/** Rows per bulk insert; the next batch is generated while DuckDB loads the previous one. */
const BATCH_ROWS = 120_000;

async function readMeta(db: EmulatorDb, key: string): Promise<string | null> {
  const rows = await db.all<{ value: string }>('SELECT value FROM emulator_meta WHERE key = ?', [
    key,
  ]);
  return rows[0]?.value ?? null;
}

async function writeMeta(db: EmulatorDb, key: string, value: string) {
  await db.run(
    `INSERT INTO emulator_meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, value],
  );
}

const localDate = (instant: Date, timezone: string) =>
  formatWallClock(instant, timezone).slice(0, 10);

/** Organic sessions per unit of day weight so that the history adds up to about `events` events. */
function sessionsPerWeight(options: DemoDataOptions, from: Date): Record<string, number> {
  const anchorDay = localDayNumber(localDate(options.now, options.timezone));
  let totalWeight = 0;
  const last = localDate(options.now, options.timezone);
  for (let date = localDate(from, options.timezone); date <= last; date = shiftLocalDate(date, 1)) {
    totalWeight += dayWeight(date, anchorDay);
  }
  return Object.fromEntries(
    DEMO_SITES.map((site) => [
      site.projectId,
      (options.events * site.share) / (site.eventsPerSession * totalWeight),
    ]),
  );
}

/** Generates and stores every demo event in (from, to]. */
async function fillWindow(db: EmulatorDb, state: DemoState, from: Date, to: Date) {
  const anchor = new Date(state.anchor);
  const timeline = demoTimeline(anchor, state.timezone);
  const anchorDay = localDayNumber(localDate(anchor, state.timezone));
  const fromMs = from.getTime();
  const toMs = to.getTime();
  let loader = createEventBulkLoader(db);
  const profiles = new Map<string, ProfileUpsert>();
  let pending: Promise<number> = Promise.resolve(0);
  let total = 0;
  // Start a day early: a session that began before `from` may still have events inside the window.
  const lastDate = localDate(to, state.timezone);
  for (
    let date = localDate(new Date(fromMs - DAY_MS), state.timezone);
    date <= lastDate;
    date = shiftLocalDate(date, 1)
  ) {
    for (const site of DEMO_SITES) {
      const day = generateDemoDay({
        seed: state.seed,
        site,
        date,
        timezone: state.timezone,
        sessionsPerWeight: state.sessionsPerWeight[site.projectId] ?? 0,
        anchorDay,
        timeline,
      });
      for (const event of day.events) {
        const at = event.created_at.getTime();
        if (at > fromMs && at <= toMs) loader.add(event);
      }
      for (const profile of day.profiles) {
        if (profile.firstSeen.getTime() <= toMs && profile.lastSeen.getTime() > fromMs) {
          foldProfileUpsert(profiles, profile);
        }
      }
    }
    if (loader.count >= BATCH_ROWS) {
      total += await pending;
      pending = loader.finish();
      loader = createEventBulkLoader(db);
    }
  }
  total += await pending;
  total += await loader.finish();
  const profileCount = await upsertProfiles(db, profiles.values());
  return { events: total, profiles: profileCount };
}

async function seedReferences(db: EmulatorDb, state: DemoState) {
  const random = new SeededRandom(hashSeed(state.seed, 'references'));
  for (const reference of demoReferences(demoTimeline(new Date(state.anchor), state.timezone))) {
    const at = reference.date.getTime();
    await db.run(
      `INSERT INTO timeline_references (id, title, description, date, project_id, created_at, updated_at)
       VALUES (?, ?, ?, epoch_ms(?::BIGINT), ?, epoch_ms(?::BIGINT), epoch_ms(?::BIGINT))`,
      [random.uuid(), reference.title, reference.description, at, DEMO_PROJECT_ID, at, at],
    );
  }
}

/**
 * Makes sure the database holds the demo story up to `now`. First start: history of DEMO_HISTORY_DAYS days
 * with about `events` events, plus the timeline references. Later starts: only the time since the last
 * generation ("never stale"), continuing the stored seed, anchor and volume, so "last 7 days" always has data.
 * A database that already has events but no demo state (e.g. imported data) is left alone.
 */
export async function ensureDemoData(
  db: EmulatorDb,
  options: DemoDataOptions,
): Promise<DemoDataResult> {
  const started = performance.now();
  const stateText = await readMeta(db, STATE_KEY);
  const until = await readMeta(db, UNTIL_KEY);
  let state: DemoState;
  let from: Date;
  let mode: DemoDataResult['mode'];
  if (stateText === null || until === null) {
    const [existing] = await db.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM events');
    if ((existing?.n ?? 0) > 0) return { mode: 'foreign-data', events: 0, profiles: 0, ms: 0 };
    from = new Date(options.now.getTime() - DEMO_HISTORY_DAYS * DAY_MS);
    state = {
      seed: options.seed,
      anchor: options.now.toISOString(),
      timezone: options.timezone,
      sessionsPerWeight: sessionsPerWeight(options, from),
    };
    mode = 'initial';
  } else {
    state = JSON.parse(stateText) as DemoState;
    from = new Date(until);
    if (options.now.getTime() <= from.getTime()) {
      return { mode: 'up-to-date', events: 0, profiles: 0, ms: 0 };
    }
    mode = 'catch-up';
  }

  await db.run('BEGIN TRANSACTION');
  try {
    const filled = await fillWindow(db, state, from, options.now);
    if (mode === 'initial') await seedReferences(db, state);
    await writeMeta(db, STATE_KEY, JSON.stringify(state));
    await writeMeta(db, UNTIL_KEY, options.now.toISOString());
    await db.run('COMMIT');
    const ms = Math.round(performance.now() - started);
    options.log?.(
      `[emulator] demo data (${mode}): ${filled.events} events, ${filled.profiles} profiles in ${ms} ms`,
    );
    return { mode, ...filled, ms };
  } catch (error) {
    await db.run('ROLLBACK');
    throw error;
  }
}
