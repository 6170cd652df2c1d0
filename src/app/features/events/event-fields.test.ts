import { describe, expect, it } from 'vitest';
import { eventColumns, filterNameFor, flattenObject } from './event-fields.ts';

describe('event fields', () => {
  it('adds one column per included field after the base ones', () => {
    expect(eventColumns(['device', 'properties']).map((c) => c.label)).toEqual([
      'Time',
      'Event',
      'Path',
      'Country',
      'City',
      'OS',
      'Browser',
      'Profile id',
      'Device',
      'Properties',
    ]);
  });

  it('names the filter for a field (§6.2) or none', () => {
    expect(filterNameFor('country')).toBe('country');
    expect(filterNameFor('referrerName')).toBe('referrerName');
    expect(filterNameFor('properties.__query.utm_source')).toBe('properties.__query.utm_source');
    expect(filterNameFor('profile.properties.plan')).toBe('profile.properties.plan');
    expect(filterNameFor('createdAt')).toBeNull();
    expect(filterNameFor('groups')).toBeNull();
    expect(filterNameFor('profile.email')).toBeNull();
  });

  it('flattens nested profile properties with dots', () => {
    expect(
      flattenObject({ plan: 'pro', address: { city: 'Umeå' }, tags: ['a', 'b'], n: 1 }),
    ).toEqual([
      ['plan', 'pro'],
      ['address.city', 'Umeå'],
      ['tags.0', 'a'],
      ['tags.1', 'b'],
      ['n', '1'],
    ]);
  });
});
