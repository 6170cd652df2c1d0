import { describe, expect, it } from 'vitest';
import { chartQuerySchema } from '../../contract/bff-api.ts';
import { chartUpstreamQuery } from './chart-upstream-query.ts';
import { coercionSafeValue } from './coercion-safe-value.ts';
import { eventsUpstreamQuery } from './events-upstream-query.ts';
import { eventsQuerySchema } from '../../contract/bff-api.ts';

// 2026-08-22 12:00 UTC = 08:00 in New York (EDT, UTC−4).
const NOW = Date.parse('2026-08-22T12:00:00.000Z');
const ny = { projectId: 'demo', timezone: 'America/New_York', now: NOW };
const chart = (q: Record<string, string>) =>
  Object.fromEntries(
    chartUpstreamQuery(chartQuerySchema.parse({ series: '[{"name":"screen_view"}]', ...q }), ny),
  );

describe('chartUpstreamQuery', () => {
  it('maps seed range names to the upstream ones with the UI default interval', () => {
    expect(chart({ range: 'last_7_days' })).toMatchObject({ range: '7d', interval: 'day' });
    expect(chart({ range: 'this_month' })).toMatchObject({ range: 'monthToDate', interval: 'day' });
    expect(chart({ range: 'last_year' })).toMatchObject({ range: 'lastYear', interval: 'month' });
    expect(chart({ range: 'today' })).toMatchObject({ range: 'today', interval: 'hour' });
    expect(chart({ range: '6m' })).toMatchObject({ range: '6m', interval: 'week' });
  });

  it('sends date-only days as full instants with the organization offset (end = 23:59:59.999)', () => {
    expect(chart({ startDate: '2024-04-01', endDate: '2024-04-30' })).toEqual({
      projectId: 'demo',
      series: '[{"name":"screen_view","filters":[],"segment":"event"}]',
      startDate: '2024-04-01T00:00:00.000-04:00',
      endDate: '2024-04-30T23:59:59.999-04:00',
      interval: 'day',
    });
    // Winter: EST is UTC−5.
    expect(chart({ startDate: '2024-01-10', endDate: '2024-01-10' })).toMatchObject({
      startDate: '2024-01-10T00:00:00.000-05:00',
      endDate: '2024-01-10T23:59:59.999-05:00',
      interval: 'hour',
    });
  });

  it('keeps instants that carry an offset, shown in the organization zone', () => {
    expect(
      chart({ startDate: '2024-04-01T00:00:00Z', endDate: '2024-04-02T12:00:00+02:00' }),
    ).toMatchObject({
      startDate: '2024-03-31T20:00:00.000-04:00',
      endDate: '2024-04-02T06:00:00.000-04:00',
    });
  });

  it('turns all_time into explicit dates from 2020-01-01 to the end of today, monthly', () => {
    expect(chart({ range: 'all_time' })).toMatchObject({
      startDate: '2020-01-01T00:00:00.000-05:00',
      endDate: '2026-08-22T23:59:59.999-04:00',
      interval: 'month',
    });
  });

  it('JSON-quotes a numeric project id and passes breakdowns and previous', () => {
    const q = chartUpstreamQuery(
      chartQuerySchema.parse({
        series: '[{"name":"a"}]',
        breakdowns: '[{"name":"country"}]',
        previous: 'true',
        range: '30d',
      }),
      { ...ny, projectId: '12345' },
    );
    expect(q).toEqual([
      ['projectId', '"12345"'],
      ['series', '[{"name":"a","filters":[],"segment":"event"}]'],
      ['breakdowns', '[{"name":"country"}]'],
      ['range', '30d'],
      ['interval', 'day'],
      ['previous', 'true'],
    ]);
  });
});

describe('coercionSafeValue', () => {
  it('quotes exactly the strings the upstream would coerce (§1.2)', () => {
    expect(coercionSafeValue('404')).toBe('"404"');
    expect(coercionSafeValue('-1.5')).toBe('"-1.5"');
    expect(coercionSafeValue('true')).toBe('"true"');
    expect(coercionSafeValue('1e3')).toBe('"1e3"');
    expect(coercionSafeValue('[1]')).toBe('"[1]"');
    expect(coercionSafeValue('"x"')).toBe('"\\"x\\""');
    expect(coercionSafeValue('null')).toBe('null');
    expect(coercionSafeValue('screen_view')).toBe('screen_view');
    expect(coercionSafeValue('')).toBe('');
  });
});

describe('eventsUpstreamQuery', () => {
  it('always sends start and end, widening organization days to covering UTC days', () => {
    const q = (input: Record<string, string>) =>
      Object.fromEntries(eventsUpstreamQuery(eventsQuerySchema.parse(input), ny));
    expect(q({})).toEqual({
      projectId: 'demo',
      start: '2020-01-01',
      end: '2026-08-23',
      page: '1',
      limit: '50',
    });
    // 2024-04-15 in New York runs 04:00Z on the 15th to 03:59:59Z on the 16th.
    expect(q({ start: '2024-04-15', end: '2024-04-15' })).toMatchObject({
      start: '2024-04-15',
      end: '2024-04-16',
    });
    expect(q({ event: '404', includes: 'properties,profile' })).toMatchObject({
      event: '["404"]',
      includes: '["properties","profile"]',
    });
  });
});
