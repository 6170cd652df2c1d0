import { formatWallClock } from '../time/zone-offsets.ts';
import { ORGANIC_SOURCES, type TrafficSource } from './demo-catalog.ts';
import { demoTimeline, HOURLY_WEIGHTS } from './demo-timeline.ts';
import { newMember, visitorForSlot, type Visitor } from './demo-visitors.ts';
import { hashSeed, SeededRandom } from './seeded-random.ts';
import { SDK_NAME, SDK_VERSION } from './session-events.ts';
import { shopJourney, shopJourneyWeights, type JourneyStep } from './site-journeys.ts';
import { browserHeaders, visitorIp } from './traffic-simulator-browser.ts';

/**
 * The live traffic simulator's planner: a pure function of (seed, minute) that says which visits start in
 * that minute and which `/track` requests they send when. The runner (traffic-simulator.ts) only replays it.
 * Only the shop is simulated: the demo write client is bound to the `demo` project.
 */

export const SHOP_ORIGIN = 'https://shop.example.com';
const MINUTE_MS = 60_000;
/** Share of visits by someone who already came earlier today (same UA and IP → same device id, §12.7). */
const RETURNING_SHARE = 0.25;
/** How far back a returning visitor's first visit may lie, in minutes. */
const RETURNING_WINDOW_MINUTES = 600;

export interface SimulatedRequest {
  /** When the visitor's browser sends it (epoch ms). */
  atMs: number;
  /** Browser headers of the visitor; credentials and Origin are the runner's. */
  headers: Record<string, string>;
  body: { type: 'track' | 'identify'; payload: Record<string, unknown> };
}

export interface SimulatedVisit {
  startMs: number;
  source: TrafficSource;
  requests: SimulatedRequest[];
}

export interface SimulatorPlanOptions {
  seed: number;
  /** Average visits per minute over a whole day. */
  ratePerMinute: number;
  /** The organization's zone: the daily rhythm follows its local hours. */
  timezone: string;
}

const HOURLY_MEAN = HOURLY_WEIGHTS.reduce((sum, w) => sum + w, 0) / HOURLY_WEIGHTS.length;

/** The daily rhythm of the historical data (HOURLY_WEIGHTS) scaled so that a day averages `rate`. */
export function expectedVisitsPerMinute(ratePerMinute: number, localHour: number): number {
  return (ratePerMinute * (HOURLY_WEIGHTS[localHour] ?? HOURLY_MEAN)) / HOURLY_MEAN;
}

/** Numbers the SDK would send as numbers (prices, totals, counts); the journeys keep them as strings. */
const asSent = (value: string): string | number =>
  /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;

function landingQuery(source: TrafficSource): string {
  if (!source.utm) return '';
  const { source: s, medium, campaign } = source.utm;
  return `?${new URLSearchParams({ utm_source: s, utm_medium: medium, utm_campaign: campaign })}`;
}

/** The visit's steps as the web SDK sends them: `__path` is location.href, `__referrer` document.referrer. */
function visitRequests(
  visitor: Visitor,
  ip: string,
  source: TrafficSource,
  steps: JourneyStep[],
  startMs: number,
  random: SeededRandom,
): SimulatedRequest[] {
  const headers = {
    ...browserHeaders(visitor, ip),
    'openpanel-sdk-name': SDK_NAME,
    'openpanel-sdk-version': SDK_VERSION,
  };
  const requests: SimulatedRequest[] = [];
  let at = startMs;
  let profileId = visitor.member?.id;
  let pageUrl = '';
  const identify = (member: NonNullable<Visitor['member']>) =>
    requests.push({
      atMs: at,
      headers,
      body: {
        type: 'identify',
        payload: {
          profileId: member.id,
          firstName: member.firstName,
          lastName: member.lastName,
          email: member.email,
        },
      },
    });
  // A logged-in customer's SDK identifies on page load.
  if (visitor.member) identify(visitor.member);
  for (const [index, step] of steps.entries()) {
    const isView = step.name === 'screen_view';
    // Same reading gaps as the historical sessions (session-events.ts).
    if (index > 0) at += isView ? random.int(8_000, 95_000) : random.int(1_000, 6_000);
    const properties: Record<string, unknown> = {};
    if (isView) {
      const previousUrl = pageUrl;
      pageUrl = `${SHOP_ORIGIN}${step.path}${index === 0 ? landingQuery(source) : ''}`;
      // Later pages have the previous page as referrer: same host, so the server blanks it and the
      // session keeps its entry referrer (§12.11.2).
      const referrer = index === 0 ? source.referrer : previousUrl;
      if (referrer) properties.__referrer = referrer;
      properties.__title = step.title;
    }
    properties.__path = pageUrl;
    // The moment the step happened (sent up to one tick later). It also keeps two identical steps of a
    // visitor (the same page twice) from looking like a resent request to the 100 ms duplicate check.
    properties.__timestamp = new Date(at).toISOString();
    for (const [key, value] of Object.entries(step.properties ?? {}))
      properties[key] = asSent(value);
    if (step.identifies) {
      const member = newMember(random);
      profileId = member.id;
      identify(member);
    }
    const payload: Record<string, unknown> = { name: step.name, properties };
    if (profileId) payload.profileId = profileId;
    requests.push({ atMs: at, headers, body: { type: 'track', payload } });
  }
  return requests;
}

/**
 * The visits that start in one UTC minute (`minute` = epoch ms / 60 000). The count follows the local hour
 * of the organization's zone; fractions are settled by a seeded coin, so a day averages `ratePerMinute`.
 */
export function planMinute(options: SimulatorPlanOptions, minute: number): SimulatedVisit[] {
  const minuteStart = minute * MINUTE_MS;
  const random = new SeededRandom(hashSeed(options.seed, 'simulator', minute));
  const localHour = Number(formatWallClock(new Date(minuteStart), options.timezone).slice(11, 13));
  const expected = expectedVisitsPerMinute(options.ratePerMinute, localHour);
  const count = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
  const visits: SimulatedVisit[] = [];
  for (let index = 0; index < count; index += 1) {
    const startMs = minuteStart + random.int(0, MINUTE_MS - 1);
    const returning = random.chance(RETURNING_SHARE);
    // A visitor is named by the minute and index of their first visit, so a returning one comes back
    // with the same device, browser, IP and place.
    const slotMinute = returning ? minute - random.int(1, RETURNING_WINDOW_MINUTES) : minute;
    const slotIndex = returning ? 0 : index;
    const visitor = visitorForSlot(options.seed, 'demo:live', slotMinute, slotIndex, true);
    const ip = visitorIp(new SeededRandom(hashSeed(options.seed, 'ip', slotMinute, slotIndex)));
    const source = random.weighted(ORGANIC_SOURCES);
    // The story's milestones all lie before any live minute (the anchor is the first start), so the
    // journey mix is the current one; the spring campaign is over, so live traffic is organic.
    const timeline = demoTimeline(new Date(minuteStart), options.timezone);
    const kind = random.weighted(
      shopJourneyWeights(new Date(startMs), timeline, visitor.member !== null),
    );
    const steps = shopJourney(kind, random);
    visits.push({
      startMs,
      source,
      requests: visitRequests(visitor, ip, source, steps, startMs, random),
    });
  }
  return visits;
}
