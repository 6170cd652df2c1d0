import { formatWallClock, wallClockToInstant } from '../time/zone-offsets.ts';

/**
 * When things happen in the demo story. Every date is a fixed offset before the "anchor" — the clock of the
 * very first generation, stored in emulator_meta — so a later catch-up keeps the story where it was and the
 * step changes stay aligned with the seeded references.
 */

/** Days of history generated before the anchor: covers "last 90 days" plus its previous period. */
export const DEMO_HISTORY_DAYS = 180;
export const DAY_MS = 86_400_000;

export interface DemoTimeline {
  /** "Launch v2": sign-ups jump. */
  launchV2: Date;
  /** "Pricing page redesign": purchase conversion rises. */
  pricingRedesign: Date;
  /** "Spring campaign": utm_campaign=spring_sale traffic for two weeks. */
  campaignStart: Date;
  campaignEnd: Date;
}

export interface DemoReference {
  title: string;
  description: string;
  date: Date;
}

const CAMPAIGN_DAYS = 14;

/** The local calendar date `days` before the anchor's, at `time` in the organization's zone. */
function localDateBefore(anchor: Date, days: number, timezone: string, time: string): Date {
  const anchorDate = formatWallClock(anchor, timezone).slice(0, 10);
  const date = shiftLocalDate(anchorDate, -days);
  return wallClockToInstant(`${date} ${time}`, timezone);
}

export function demoTimeline(anchor: Date, timezone: string): DemoTimeline {
  const campaignStart = localDateBefore(anchor, 24, timezone, '08:00:00');
  return {
    launchV2: localDateBefore(anchor, 62, timezone, '10:00:00'),
    pricingRedesign: localDateBefore(anchor, 38, timezone, '14:00:00'),
    campaignStart,
    campaignEnd: new Date(campaignStart.getTime() + CAMPAIGN_DAYS * DAY_MS),
  };
}

export function demoReferences(timeline: DemoTimeline): DemoReference[] {
  return [
    { title: 'Launch v2', description: 'Accounts and a new sign-up flow', date: timeline.launchV2 },
    {
      title: 'Pricing page redesign',
      description: 'Clearer plans and a shorter checkout',
      date: timeline.pricingRedesign,
    },
    {
      title: 'Spring campaign',
      description: 'spring_sale: paid search, paid social and e-mail for two weeks',
      date: timeline.campaignStart,
    },
  ];
}

/** `yyyy-MM-dd` plus `days` calendar days (calendar arithmetic, independent of any zone). */
export function shiftLocalDate(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a `yyyy-MM-dd` local date: a stable per-day index. */
export function localDayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Weekly rhythm (Sunday first): a shop is quieter at the weekend. */
const WEEKDAY_FACTOR = [0.78, 1.0, 1.04, 1.02, 1.0, 0.93, 0.72];

/**
 * Relative traffic of a local day: weekly rhythm times slow growth towards the anchor (about +2 % a week).
 * A pure function of the date, so a catch-up day gets the same volume whenever it is generated.
 */
export function dayWeight(date: string, anchorDayNumber: number): number {
  const day = localDayNumber(date);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  const growth = Math.max(0.4, 1 + 0.003 * (day - anchorDayNumber));
  return WEEKDAY_FACTOR[weekday]! * growth;
}

/** Share of a day's sessions that start in each local hour: quiet nights, a midday and an evening peak. */
export const HOURLY_WEIGHTS: readonly number[] = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.25, 0.45, 0.7, 0.9, 1.0, 1.05, 1.05, 1.0, 0.98, 0.95, 0.95,
  1.0, 1.1, 1.2, 1.15, 0.95, 0.7, 0.45,
];

/**
 * Extra campaign sessions as a share of the day's organic sessions: a strong launch that fades, so the
 * bump is visible for the whole two weeks and ends sharply.
 */
export function campaignBoost(at: Date, timeline: DemoTimeline): number {
  const t = at.getTime();
  if (t < timeline.campaignStart.getTime() || t >= timeline.campaignEnd.getTime()) return 0;
  const progress = (t - timeline.campaignStart.getTime()) / (CAMPAIGN_DAYS * DAY_MS);
  return 0.7 - 0.35 * progress;
}
