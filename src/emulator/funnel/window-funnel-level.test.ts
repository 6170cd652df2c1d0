import { describe, expect, it } from 'vitest';
import { windowFunnelLevel } from './window-funnel-level.ts';

const H = 3_600_000;
const A = 1; // step 1
const B = 2; // step 2
const C = 4; // step 3

// Levels worked out by hand from shared/openpanel-api.md §7.2 (windowFunnel, strict_increase).
describe('windowFunnelLevel', () => {
  it('chains steps in strictly increasing time', () => {
    const events = [
      { ts: 0, mask: A },
      { ts: 1, mask: B },
      { ts: 2, mask: C },
    ];
    expect(windowFunnelLevel(events, 3, 24 * H)).toBe(3);
  });

  it('does not connect two steps in the same millisecond', () => {
    expect(
      windowFunnelLevel(
        [
          { ts: 5, mask: A },
          { ts: 5, mask: B },
        ],
        2,
        24 * H,
      ),
    ).toBe(1);
  });

  it('needs a step-1 event to start', () => {
    expect(
      windowFunnelLevel(
        [
          { ts: 0, mask: B },
          { ts: 1, mask: C },
        ],
        3,
        24 * H,
      ),
    ).toBe(0);
  });

  it('ignores steps that happen before the previous one', () => {
    const events = [
      { ts: 0, mask: A },
      { ts: 1, mask: C },
      { ts: 2, mask: B },
    ];
    expect(windowFunnelLevel(events, 3, 24 * H)).toBe(2);
  });

  it('counts a step exactly windowHours after step 1 but not 25 h after with a 24 h window', () => {
    expect(
      windowFunnelLevel(
        [
          { ts: 0, mask: A },
          { ts: 24 * H, mask: B },
        ],
        2,
        24 * H,
      ),
    ).toBe(2);
    expect(
      windowFunnelLevel(
        [
          { ts: 0, mask: A },
          { ts: 25 * H, mask: B },
        ],
        2,
        24 * H,
      ),
    ).toBe(1);
  });

  it('measures the window from step 1, not from the previous step', () => {
    const events = [
      { ts: 0, mask: A },
      { ts: 20 * H, mask: B },
      { ts: 25 * H, mask: C },
    ];
    expect(windowFunnelLevel(events, 3, 24 * H)).toBe(2);
  });

  it('takes the best chain over all step-1 events', () => {
    // From the step 1 at 0 h, B at 30 h is too late; from the one at 10 h it is 20 h later.
    const events = [
      { ts: 0, mask: A },
      { ts: 10 * H, mask: A },
      { ts: 30 * H, mask: B },
    ];
    expect(windowFunnelLevel(events, 2, 24 * H)).toBe(2);
  });

  it('keeps an earlier chain when a later one reaches the same level at the same millisecond', () => {
    // A0 → B1 → C3 is a valid chain; the chain A2 → B3 cannot take the C at 3 (same millisecond).
    const events = [
      { ts: 0, mask: A },
      { ts: 1, mask: B },
      { ts: 2, mask: A },
      { ts: 3, mask: B },
      { ts: 3, mask: C },
    ];
    expect(windowFunnelLevel(events, 3, 24 * H)).toBe(3);
  });

  it('lets one event serve as only one step when two steps share a name', () => {
    expect(windowFunnelLevel([{ ts: 0, mask: A | B }], 2, 24 * H)).toBe(1);
    expect(
      windowFunnelLevel(
        [
          { ts: 0, mask: A | B },
          { ts: 1, mask: A | B },
        ],
        2,
        24 * H,
      ),
    ).toBe(2);
  });
});
