import { useState } from 'react';
import { chartIntervalLabel } from '../../../contract/chart-range-label.ts';
import type { ChartViewState } from '../../../contract/chart-view-state.ts';
import { sensibleIntervals } from '../../../contract/chart-sensible-intervals.ts';
import { useShortcuts } from '../shortcuts/use-shortcuts.ts';
import { stepChartInterval } from './chart-interval-step.ts';
import { shiftChartWindow, todayInZone } from './chart-window-shift.ts';

/**
 * The charts page's own keys (issue 8 §1): `c` compare, `i`/`Shift+I` interval, `[`/`]` period. Each writes
 * the same URL patch the mouse control does. Returns what the last key did, for an aria-live line: a
 * step that cannot happen (`]` on a window that reaches today) must say so rather than do nothing.
 * `now` is read at key time, so "today" is today in the organization's zone when the key is pressed.
 */
export function useChartShortcuts(options: {
  state: ChartViewState;
  timeZone: string;
  onChange: (patch: Partial<ChartViewState>) => void;
  now?: () => number;
}): string {
  const { state, timeZone, onChange, now = Date.now } = options;
  // A message belongs to the view it describes: once the view changes by other means it is stale.
  const [message, setMessageFor] = useState({ text: '', view: '' });
  const say = (text: string, patch: Partial<ChartViewState> = {}) =>
    setMessageFor({ text, view: viewKey({ ...state, ...patch }) });
  const shift = (direction: -1 | 1) => {
    const next = shiftChartWindow(state, direction, todayInZone(now(), timeZone));
    if ('blocked' in next) {
      say(next.blocked);
      return;
    }
    // Keep a chosen interval when the new days still offer it; otherwise the days' default.
    const offer = sensibleIntervals(state.range, next.from, next.to);
    const interval =
      state.interval !== undefined &&
      state.interval !== offer.default &&
      offer.allowed.includes(state.interval)
        ? state.interval
        : undefined;
    const patch = { from: next.from, to: next.to, interval };
    onChange(patch);
    say(`Showing ${next.from} to ${next.to}`, patch);
  };
  const step = (direction: -1 | 1) => {
    const next = stepChartInterval(state, direction);
    onChange({ interval: next.param });
    say(`Interval: ${chartIntervalLabel(next.interval)}`, { interval: next.param });
  };
  useShortcuts('charts', {
    compare: () => {
      const compare = !state.compare;
      onChange({ compare });
      say(`Compare to previous period ${compare ? 'on' : 'off'}`, { compare });
    },
    'interval-next': () => step(1),
    'interval-previous': () => step(-1),
    'period-previous': () => shift(-1),
    'period-next': () => shift(1),
  });
  return message.view === viewKey(state) ? message.text : '';
}

function viewKey(view: Pick<ChartViewState, 'range' | 'from' | 'to' | 'interval' | 'compare'>) {
  return [view.range, view.from, view.to, view.interval, view.compare].join('|');
}
