import { describe, expect, it } from 'vitest';
import type { ExportEvent } from '../../../contract/openpanel-events.ts';
import { eventCell } from './event-cell.ts';

const event: ExportEvent = {
  id: 'e1',
  name: 'signup',
  deviceId: 'd-1',
  profileId: 'd-1',
  projectId: 'demo',
  sessionId: '',
  properties: { plan: 'pro', seats: '3' },
  createdAt: '2026-11-20T11:00:00.000Z',
  country: 'SE',
  city: 'Stockholm',
  os: 'macOS',
  browser: 'Chrome',
  path: '/signup',
  latitude: null,
  profile: {
    id: 'd-1',
    email: '',
    avatar: '',
    firstName: '',
    lastName: '',
    createdAt: '2026-11-20T12:00:00.000Z',
    lastSeenAt: '2026-11-20T12:00:00.000Z',
    projectId: 'demo',
    isExternal: false,
    properties: {},
    groups: [],
  },
  groups: [],
};

describe('event cells', () => {
  it('shows the time in the organization zone with the UTC instant on hover', () => {
    const cell = eventCell(event, 'createdAt', 'Europe/Stockholm');
    expect(cell.text).toBe('2026-11-20 12:00:00');
    expect(cell.title).toMatch(/UTC 2026-11-20T11:00:00.000Z$/);
  });

  it('names countries, previews properties and marks blanks', () => {
    expect(eventCell(event, 'country', 'UTC')).toEqual({ text: 'Sweden (SE)' });
    expect(eventCell(event, 'properties', 'UTC')).toEqual({
      text: 'plan=pro, seats=3',
      title: 'plan=pro, seats=3',
    });
    expect(eventCell(event, 'sessionId', 'UTC')).toEqual({ text: '—' });
    expect(eventCell(event, 'latitude', 'UTC')).toEqual({ text: '—' });
    expect(eventCell(event, 'groups', 'UTC')).toEqual({ text: '—' });
    // The stub profile of an anonymous event (§4.3).
    expect(eventCell(event, 'profile', 'UTC')).toEqual({ text: 'Anonymous' });
  });
});
