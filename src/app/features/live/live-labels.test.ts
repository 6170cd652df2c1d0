import { describe, expect, it } from 'vitest';
import { liveVisitorsLabel, newEventsText } from './live-labels.ts';

describe('live labels', () => {
  it('names visitors for the badge and for screen readers', () => {
    expect(liveVisitorsLabel(3)).toEqual({
      count: '3',
      unit: 'live',
      label: '3 visitors in the last 5 minutes',
    });
    expect(liveVisitorsLabel(1).label).toBe('1 visitor in the last 5 minutes');
    expect(liveVisitorsLabel(1204).count).toBe('1,204');
  });

  it('counts new events', () => {
    expect(newEventsText(1)).toBe('1 new event');
    expect(newEventsText(1204)).toBe('1,204 new events');
  });
});
