import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmulatorDb, type EmulatorDb } from '../store/emulator-db.ts';
import { seedOrganization } from '../store/seed-organization.ts';
import { ensureDemoData } from './demo-data.ts';

const NOW = new Date('2026-08-22T12:00:00.000Z');
const TZ = 'Europe/Stockholm';

async function demoDb(now = NOW, events = 5_000, dir: string = ':memory:') {
  const db = await openEmulatorDb(dir);
  await seedOrganization(db, { timezone: TZ, now });
  const result = await ensureDemoData(db, { seed: 42, now, timezone: TZ, events });
  return { db, result };
}

const FIRST_EVENTS = `SELECT id, name, session_id, profile_id, created_at, properties::VARCHAR AS properties
  FROM events ORDER BY created_at, id LIMIT 200`;

describe('ensureDemoData (5,000 events, Europe/Stockholm)', () => {
  let db: EmulatorDb;
  beforeAll(async () => {
    ({ db } = await demoDb());
  });
  afterAll(() => db.close());

  it('is deterministic: the same seed and clock give identical events', async () => {
    const again = await demoDb();
    try {
      const first = await db.all(FIRST_EVENTS);
      expect(first).toHaveLength(200);
      expect(await again.db.all(FIRST_EVENTS)).toEqual(first);
    } finally {
      again.db.close();
    }
  });

  it('roughly honours the event budget, ~97 % in the shop, inside 180 days before now', async () => {
    const rows = await db.all<{ project_id: string; n: number; first: Date; last: Date }>(
      `SELECT project_id, count(*)::INTEGER AS n, min(created_at) AS first, max(created_at) AS last
       FROM events GROUP BY 1 ORDER BY 1`,
    );
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    expect(total).toBeGreaterThan(4_000);
    expect(total).toBeLessThan(6_000);
    const shop = rows.find((r) => r.project_id === 'demo')!;
    expect(shop.n / total).toBeGreaterThan(0.94);
    expect(rows.map((r) => r.project_id)).toEqual(['blog', 'demo']);
    for (const r of rows) {
      expect(r.last.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(r.first.getTime()).toBeGreaterThan(NOW.getTime() - 180 * 86_400_000);
    }
  });

  it('gives every session one session_start 100 ms before its first event and one session_end 1 s after its last', async () => {
    const broken = await db.all(`
      SELECT session_id,
        count(*) FILTER (WHERE name = 'session_start') AS starts,
        count(*) FILTER (WHERE name = 'session_end') AS ends,
        min(created_at) FILTER (WHERE name = 'session_start') AS started,
        min(created_at) FILTER (WHERE name NOT IN ('session_start', 'session_end')) AS first_event,
        max(created_at) FILTER (WHERE name NOT IN ('session_start', 'session_end')) AS last_event,
        max(created_at) FILTER (WHERE name = 'session_end') AS ended
      FROM events GROUP BY session_id
      HAVING starts <> 1 OR (ends = 1 AND ended <> last_event + INTERVAL 1 SECOND)
        OR started <> first_event - INTERVAL 100 MILLISECOND OR ends > 1`);
    expect(broken).toEqual([]);
    // Only sessions still running at "now" may lack their session_end.
    const open = await db.all<{ n: number }>(`
      SELECT count(*)::INTEGER AS n FROM (SELECT session_id FROM events GROUP BY 1
        HAVING count(*) FILTER (WHERE name = 'session_end') = 0
           AND max(created_at) < TIMESTAMP '2026-08-22 11:00:00')`);
    expect(open[0]!.n).toBe(0);
  });

  it('marks a session_end as a bounce exactly when the session has fewer than two screen views', async () => {
    const wrong = await db.all(`
      SELECT e.session_id FROM events e
      JOIN (SELECT session_id, count(*) FILTER (WHERE name = 'screen_view') AS views FROM events GROUP BY 1) s
        USING (session_id)
      WHERE e.name = 'session_end'
        AND json_extract_string(e.properties, '$."__bounce"') <> CASE WHEN s.views < 2 THEN 'true' ELSE 'false' END`);
    expect(wrong).toEqual([]);
  });

  it('puts a numeric-string total on every purchase', async () => {
    const totals = await db.all<{ total: string | null }>(
      `SELECT json_extract_string(properties, '$."total"') AS total FROM events WHERE name = 'purchase'`,
    );
    expect(totals.length).toBeGreaterThan(5);
    for (const { total } of totals) expect(total).toMatch(/^[0-9]+(\.[0-9]+)?$/);
  });

  it('stores ISO-2 countries, lowercase devices and the web SDK', async () => {
    const odd = await db.all(`
      SELECT DISTINCT country, device, sdk_name FROM events
      WHERE NOT regexp_full_match(country, '[A-Z]{2}') OR device NOT IN ('desktop', 'mobile', 'tablet')
        OR (sdk_name <> 'web' AND name <> 'session_end') OR origin NOT IN ('https://shop.example.com', 'https://blog.example.com')`);
    expect(odd).toEqual([]);
  });

  it('keeps anonymous events on profile_id = device_id and creates both kinds of profile rows', async () => {
    const profiles = await db.all<{ is_external: boolean; named: number; n: number }>(`
      SELECT is_external, count(*) FILTER (WHERE first_name <> '' AND email LIKE '%@example.com')::INTEGER AS named,
        count(*)::INTEGER AS n FROM profiles GROUP BY 1 ORDER BY 1`);
    expect(profiles).toHaveLength(2);
    expect(profiles[0]).toMatchObject({ is_external: false, named: 0 });
    expect(profiles[1]!.named).toBe(profiles[1]!.n);
    const anonymousWithoutRow = await db.all(`
      SELECT DISTINCT e.device_id FROM events e
      LEFT JOIN profiles p ON p.project_id = e.project_id AND p.id = e.profile_id
      WHERE e.name = 'session_start' AND p.id IS NULL`);
    expect(anonymousWithoutRow).toEqual([]);
  });

  it('tags campaign landings with __query.utm_* and names referrers like the server (§12.11.2)', async () => {
    const sources = await db.all<{ referrer_name: string; referrer_type: string }>(
      `SELECT DISTINCT referrer_name, referrer_type FROM events WHERE referrer_name IN ('Google', 'Twitter', 'newsletter', '') ORDER BY 1`,
    );
    expect(sources).toEqual([
      { referrer_name: '', referrer_type: '' },
      { referrer_name: 'Google', referrer_type: 'search' },
      { referrer_name: 'Twitter', referrer_type: 'social' },
      { referrer_name: 'newsletter', referrer_type: '' },
    ]);
    const spring = await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM events
      WHERE json_extract_string(properties, '$."__query.utm_campaign"') = 'spring_sale'
        AND json_extract_string(properties, '$."__query.utm_medium"') IS NOT NULL`);
    expect(spring[0]!.n).toBeGreaterThan(0);
  });

  it('seeds the three references at fixed offsets before now, in the organization zone', async () => {
    const refs = await db.all<{ title: string; date: Date; project_id: string }>(
      'SELECT title, date, project_id FROM timeline_references ORDER BY date',
    );
    // 2026-08-22 minus 62/38/24 local days; Stockholm is UTC+2 in summer.
    expect(refs.map((r) => [r.title, r.date.toISOString(), r.project_id])).toEqual([
      ['Launch v2', '2026-06-21T08:00:00.000Z', 'demo'],
      ['Pricing page redesign', '2026-07-15T12:00:00.000Z', 'demo'],
      ['Spring campaign', '2026-07-29T06:00:00.000Z', 'demo'],
    ]);
  });
});

describe('catch-up on a reused data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-catch-up-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const later = new Date('2026-08-29T09:30:00.000Z');

  it('fills exactly the time between two clocks, once', async () => {
    const first = await demoDb(NOW, 3_000, dir);
    const before = await first.db.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM events');
    first.db.close();
    expect(first.result.mode).toBe('initial');

    const second = await demoDb(later, 3_000, dir);
    try {
      expect(second.result.mode).toBe('catch-up');
      const counts = await second.db.all<{
        old: number;
        fresh: number;
        ids: number;
        total: number;
      }>(`
        SELECT count(*) FILTER (WHERE created_at <= TIMESTAMP '2026-08-22 12:00:00')::INTEGER AS old,
          count(*) FILTER (WHERE created_at > TIMESTAMP '2026-08-22 12:00:00')::INTEGER AS fresh,
          count(DISTINCT id)::INTEGER AS ids, count(*)::INTEGER AS total FROM events`);
      expect(counts[0]!.old).toBe(before[0]!.n);
      expect(counts[0]!.fresh).toBe(second.result.events);
      expect(counts[0]!.ids).toBe(counts[0]!.total);
      // "Last 7 days" before the later clock has traffic on every day.
      const days = await second.db.all<{
        day: string;
      }>(`SELECT DISTINCT strftime(created_at, '%Y-%m-%d') AS day
        FROM events WHERE project_id = 'demo' AND created_at > TIMESTAMP '2026-08-22 09:30:00' ORDER BY 1`);
      expect(days.map((d) => d.day)).toEqual([
        '2026-08-22',
        '2026-08-23',
        '2026-08-24',
        '2026-08-25',
        '2026-08-26',
        '2026-08-27',
        '2026-08-28',
        '2026-08-29',
      ]);
      const refs = await second.db.all('SELECT id FROM timeline_references');
      expect(refs).toHaveLength(3);
      const upToDate = await ensureDemoData(second.db, {
        seed: 42,
        now: later,
        timezone: TZ,
        events: 3_000,
      });
      expect(upToDate.mode).toBe('up-to-date');
    } finally {
      second.db.close();
    }
  });

  it('produces the same events whether the gap is filled in one step or two', async () => {
    const direct = await openEmulatorDb(dir);
    const oneStep = await direct.all(
      `SELECT id FROM events WHERE created_at > TIMESTAMP '2026-08-22 12:00:00' ORDER BY id`,
    );
    direct.close();
    const stepwise = await demoDb(NOW, 3_000);
    try {
      const middle = new Date('2026-08-25T23:59:00.000Z');
      await ensureDemoData(stepwise.db, { seed: 42, now: middle, timezone: TZ, events: 3_000 });
      await ensureDemoData(stepwise.db, { seed: 42, now: later, timezone: TZ, events: 3_000 });
      const twoSteps = await stepwise.db.all(
        `SELECT id FROM events WHERE created_at > TIMESTAMP '2026-08-22 12:00:00' ORDER BY id`,
      );
      expect(twoSteps.length).toBeGreaterThan(0);
      expect(twoSteps).toEqual(oneStep);
    } finally {
      stepwise.db.close();
    }
  });
});
