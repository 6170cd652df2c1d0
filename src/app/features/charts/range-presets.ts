import type { BffRange } from '../../../contract/bff-api.ts';

/**
 * Presets in the order people scan them; `key` is the one-key shortcut (ignored while typing).
 * Labels come from `chartRangeLabel` (src/contract), so every page names a range the same way.
 */
export const RANGE_PRESETS: { range: BffRange; key: string }[] = [
  { range: '30min', key: 'n' },
  { range: 'lastHour', key: 'h' },
  { range: 'today', key: 't' },
  { range: 'yesterday', key: 'y' },
  { range: 'last24h', key: 'd' },
  { range: '7d', key: 'w' },
  { range: '30d', key: 'm' },
  { range: '3m', key: 'q' },
  { range: '6m', key: 's' },
  { range: '12m', key: 'l' },
  { range: 'monthToDate', key: 'o' },
  { range: 'lastMonth', key: 'p' },
  { range: 'yearToDate', key: 'e' },
  { range: 'lastYear', key: 'x' },
  { range: 'all_time', key: 'a' },
];
