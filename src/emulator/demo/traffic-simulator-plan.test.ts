import { describe, expect, it } from 'vitest';
import { detectBot } from '../track/bot-detection.ts';
import { expectedVisitsPerMinute, planMinute } from './traffic-simulator-plan.ts';

// 2026-08-22T12:00:00Z as an epoch minute: 1787400000000 / 60000.
const NOON_UTC = 29_790_000;
const options = { seed: 42, ratePerMinute: 4, timezone: 'UTC' };
const minutes = (from: number, count: number, opts = options) =>
  Array.from({ length: count }, (_, i) => planMinute(opts, from + i)).flat();

describe('expectedVisitsPerMinute', () => {
  it('scales the hourly rhythm so that a day averages the rate', () => {
    // HOURLY_WEIGHTS sum to 16.61, mean 16.61 / 24. Hour 19 weighs 1.2, hour 3 weighs 0.08.
    expect(expectedVisitsPerMinute(4, 19)).toBeCloseTo((4 * 1.2 * 24) / 16.61, 10);
    expect(expectedVisitsPerMinute(4, 3)).toBeCloseTo((4 * 0.08 * 24) / 16.61, 10);
    expect(expectedVisitsPerMinute(0, 12)).toBe(0);
  });
});

describe('planMinute', () => {
  it('is a pure function of seed and minute', () => {
    const a = minutes(NOON_UTC, 5);
    expect(a.length).toBeGreaterThan(0);
    expect(minutes(NOON_UTC, 5)).toEqual(a);
    expect(minutes(NOON_UTC, 5, { ...options, seed: 43 })).not.toEqual(a);
  });

  it('follows the local daily rhythm of the organization zone', () => {
    // Per minute floor/ceil of the expectation: hour 12 (1.05) → 6.07 → 6 or 7 visits; hour 3 (0.08)
    // → 0.46 → 0 or 1 visit.
    const noon = minutes(NOON_UTC, 60);
    expect(noon.length).toBeGreaterThanOrEqual(360);
    expect(noon.length).toBeLessThanOrEqual(420);
    const night = minutes(NOON_UTC - 9 * 60, 60); // 03:00 UTC
    expect(night.length).toBeLessThanOrEqual(60);
    // 12:00 UTC is 08:00 in New York (0.7 → 4.05 → 4 or 5 visits a minute).
    const ny = minutes(NOON_UTC, 60, { ...options, timezone: 'America/New_York' });
    expect(ny.length).toBeGreaterThanOrEqual(240);
    expect(ny.length).toBeLessThanOrEqual(300);
  });

  it('starts every visit inside its minute and sends its requests in time order', () => {
    for (let minute = NOON_UTC; minute < NOON_UTC + 10; minute += 1) {
      for (const visit of planMinute(options, minute)) {
        expect(visit.startMs).toBeGreaterThanOrEqual(minute * 60_000);
        expect(visit.startMs).toBeLessThan((minute + 1) * 60_000);
        const times = visit.requests.map((r) => r.atMs);
        expect(times[0]).toBe(visit.startMs);
        expect([...times].sort((x, y) => x - y)).toEqual(times);
      }
    }
  });

  it('sends web-SDK shaped requests from public, documentation-range IPs and real browsers', () => {
    const visits = minutes(NOON_UTC, 30);
    const requests = visits.flatMap((v) => v.requests);
    for (const { headers, body } of requests) {
      expect(headers['x-client-ip']).toMatch(
        /^(192\.0\.2|198\.51\.100|203\.0\.113|198\.1[89]\.\d+)\.\d+$|^2001:db8:/,
      );
      expect(headers['user-agent']).toMatch(/^Mozilla\/5\.0 \(/);
      expect(detectBot(headers['user-agent']!)).toBeNull();
      expect(headers['openpanel-sdk-name']).toBe('web');
      if (body.type === 'track') {
        const properties = body.payload.properties as Record<string, unknown>;
        expect(properties.__path).toMatch(/^https:\/\/shop\.example\.com\//);
      }
    }
    const views = requests.filter((r) => r.body.payload.name === 'screen_view');
    expect(views.length).toBeGreaterThan(visits.length - 1);
    // Every visit opens with a page view (after the identify of a logged-in customer).
    for (const visit of visits) {
      const first = visit.requests.find((r) => r.body.type === 'track')!;
      expect(first.body.payload.name).toBe('screen_view');
      const props = first.body.payload.properties as Record<string, unknown>;
      if (visit.source.referrer) expect(props.__referrer).toBe(visit.source.referrer);
      if (visit.source.utm) {
        expect(props.__path).toContain(`utm_campaign=${visit.source.utm.campaign}`);
      }
    }
  });

  it('gives purchases a total equal to the sum of the cart, as numbers', () => {
    const visits = minutes(NOON_UTC, 120);
    let purchases = 0;
    for (const visit of visits) {
      const props = visit.requests.map((r) => r.body.payload.properties as Record<string, number>);
      const purchase = props.find((p, i) => visit.requests[i]!.body.payload.name === 'purchase');
      if (!purchase) continue;
      purchases += 1;
      const cart = props
        .filter((_, i) => visit.requests[i]!.body.payload.name === 'add_to_cart')
        .reduce((sum, p) => sum + p.price! * p.quantity!, 0);
      expect(typeof purchase.total).toBe('number');
      expect(purchase.total).toBeCloseTo(cart, 2);
      expect(purchase.currency).toBe('USD');
      expect(purchase.__path).toBe('https://shop.example.com/checkout');
    }
    expect(purchases).toBeGreaterThan(0);
    const requests = visits.flatMap((v) => v.requests);
    const signUps = requests.filter((r) => r.body.payload.name === 'sign_up');
    expect(signUps.length).toBeGreaterThan(0);
    for (const signUp of signUps) expect(signUp.body.payload.profileId).toMatch(/^user_/);
  });
});
