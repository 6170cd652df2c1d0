import type { StoredEvent } from '../store/event-writer.ts';
import type { ProfileUpsert } from '../store/profile-writer.ts';
import { wallClockToInstant } from '../time/zone-offsets.ts';
import { CAMPAIGN_SOURCES, ORGANIC_SOURCES, type TrafficSource } from './demo-catalog.ts';
import {
  campaignBoost,
  dayWeight,
  HOURLY_WEIGHTS,
  localDayNumber,
  type DemoTimeline,
} from './demo-timeline.ts';
import { visitorForSlot } from './demo-visitors.ts';
import { hashSeed, SeededRandom } from './seeded-random.ts';
import { sessionEvents } from './session-events.ts';
import {
  BLOG_JOURNEY_WEIGHTS,
  blogJourney,
  shopJourney,
  shopJourneyWeights,
} from './site-journeys.ts';

export interface DemoSite {
  projectId: string;
  origin: string;
  kind: 'shop' | 'blog';
  /** Share of all generated events (the shop is ~97 %). */
  share: number;
  /** Average events per session of this site's journey mix (measured), to turn an event budget into sessions. */
  eventsPerSession: number;
}

export const DEMO_SITES: readonly DemoSite[] = [
  {
    projectId: 'demo',
    origin: 'https://shop.example.com',
    kind: 'shop',
    share: 0.97,
    eventsPerSession: 5.53,
  },
  {
    projectId: 'blog',
    origin: 'https://blog.example.com',
    kind: 'blog',
    share: 0.03,
    eventsPerSession: 3.95,
  },
];

export interface DayPlan {
  seed: number;
  site: DemoSite;
  /** Local calendar date in the organization's zone, `yyyy-MM-dd`. */
  date: string;
  timezone: string;
  /** Organic sessions per unit of `dayWeight` for this site. */
  sessionsPerWeight: number;
  anchorDay: number;
  timeline: DemoTimeline;
}

const HOURS = HOURLY_WEIGHTS.map((weight, hour) => [hour, weight] as const);
const RETURNING_SHARE = 0.28;
const HOUR_MS = 3_600_000;

/**
 * Every session of one site on one local day. The day's stream is seeded by (seed, project, date) only, so a
 * day comes out identical whether it is generated on first start or during a later catch-up; callers keep
 * the events inside the time window they are filling.
 */
export function generateDemoDay(plan: DayPlan): {
  events: StoredEvent[];
  profiles: ProfileUpsert[];
} {
  const { site, date, seed } = plan;
  const random = new SeededRandom(hashSeed(seed, site.projectId, date));
  const day = localDayNumber(date);
  const dayStart = wallClockToInstant(`${date} 00:00:00`, plan.timezone).getTime();
  const expected =
    plan.sessionsPerWeight * dayWeight(date, plan.anchorDay) * (0.92 + 0.16 * random.next());
  const organic = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
  const midday = new Date(dayStart + 12 * HOUR_MS);
  const campaign =
    site.kind === 'shop' ? Math.round(organic * campaignBoost(midday, plan.timeline)) : 0;

  const events: StoredEvent[] = [];
  const profiles: ProfileUpsert[] = [];
  for (let index = 0; index < organic + campaign; index += 1) {
    const isCampaign = index >= organic;
    const start = new Date(
      dayStart + random.weighted(HOURS) * HOUR_MS + random.int(0, HOUR_MS - 1),
    );
    const returning = !isCampaign && random.chance(RETURNING_SHARE);
    const slotDay = returning ? day - random.int(1, 28) : day;
    const slotIndex = returning ? random.int(0, Math.max(0, organic - 1)) : index;
    const source: TrafficSource = random.weighted(isCampaign ? CAMPAIGN_SOURCES : ORGANIC_SOURCES);
    // Campaign visits exist only while the campaign runs (it starts and ends mid-day).
    if (isCampaign && campaignBoost(start, plan.timeline) === 0) continue;
    const visitor = visitorForSlot(seed, site.projectId, slotDay, slotIndex, site.kind === 'shop');
    const steps =
      site.kind === 'shop'
        ? shopJourney(
            random.weighted(shopJourneyWeights(start, plan.timeline, visitor.member !== null)),
            random,
          )
        : blogJourney(random.weighted(BLOG_JOURNEY_WEIGHTS), random);
    const session = sessionEvents({
      projectId: site.projectId,
      origin: site.origin,
      visitor,
      source,
      steps,
      start,
      random,
    });
    events.push(...session.events);
    profiles.push(...session.profiles);
  }
  return { events, profiles };
}
