import type { BffRange } from '../../../contract/bff-api.ts';
import { chartRangeLabel } from '../../../contract/chart-range-label.ts';
import type { SectionId } from '../shell/sections.ts';

/** A page of the dashboard a shortcut works on (the shell's sections). */
export type ShortcutPage = SectionId;

export const SHORTCUT_GROUPS = [
  'General',
  'Range',
  'Chart',
  'Chart cursor',
  'Reference markers',
  'Event details',
] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/** What a page-wide shortcut does; the page that owns the behaviour passes a handler for it. */
export type ShortcutAction =
  | 'help'
  | 'compare'
  | 'interval-next'
  | 'interval-previous'
  | 'period-previous'
  | 'period-next'
  | `range:${BffRange}`;

export interface Shortcut {
  /** Page-wide shortcuts (handled anywhere on the page but in form fields) name their action. */
  action?: ShortcutAction;
  /** The `KeyboardEvent.key` values that trigger it (page-wide shortcuts only). */
  keys: readonly string[];
  /** How the overlay shows it: alternatives, each a list of keys pressed together. */
  shown: readonly (readonly string[])[];
  label: string;
  group: ShortcutGroup;
  pages: readonly ShortcutPage[];
  /** Widget keys work only where focus is; this says where. */
  where?: string;
}

/**
 * Range presets in the order people scan them, each with its one-key shortcut. Keys are letters of the
 * name where they are free (w = week, m = month, q = quarter, …) and never c, i, [ or ] (chart keys below).
 * Labels come from `chartRangeLabel` (src/contract), so every page names a range the same way.
 */
export const RANGE_PRESETS: readonly { range: BffRange; key: string }[] = [
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

const ALL: readonly ShortcutPage[] = ['charts', 'funnels', 'events', 'references'];
const CHARTS: readonly ShortcutPage[] = ['charts'];
const letter = (key: string) => [key, key.toUpperCase()];

/** Every shortcut of the dashboard: the one list the key handling and the `?` overlay both read. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'help',
    keys: ['?'],
    shown: [['?']],
    label: 'Show keyboard shortcuts',
    group: 'General',
    pages: ALL,
  },
  ...RANGE_PRESETS.map(({ range, key }): Shortcut => ({
    action: `range:${range}`,
    // Either case, as before: Caps Lock or Shift must not make a range key dead.
    keys: letter(key),
    shown: [[key.toUpperCase()]],
    label: chartRangeLabel(range),
    group: 'Range',
    pages: CHARTS,
  })),
  {
    action: 'period-previous',
    keys: ['['],
    shown: [['[']],
    label: 'Previous period of the same length',
    group: 'Range',
    pages: CHARTS,
  },
  {
    action: 'period-next',
    keys: [']'],
    shown: [[']']],
    label: 'Next period of the same length (up to today)',
    group: 'Range',
    pages: CHARTS,
  },
  {
    action: 'compare',
    keys: letter('c'),
    shown: [['C']],
    label: 'Compare to previous period on / off',
    group: 'Chart',
    pages: CHARTS,
  },
  {
    action: 'interval-next',
    keys: ['i'],
    shown: [['I']],
    label: 'Next interval (coarser)',
    group: 'Chart',
    pages: CHARTS,
  },
  {
    action: 'interval-previous',
    keys: ['I'],
    shown: [['Shift', 'I']],
    label: 'Previous interval (finer)',
    group: 'Chart',
    pages: CHARTS,
  },
  ...widget('Chart cursor', CHARTS, 'on the focused chart', [
    [[['←'], ['→']], 'Move the cursor one bucket'],
    [[['Home'], ['End']], 'First / last bucket'],
    [[['R']], 'Add a reference at the cursor (editors)'],
  ]),
  ...widget('Reference markers', CHARTS, 'on a focused marker', [
    [[['Enter']], 'Open the reference'],
    [[['←'], ['→']], 'Move the reference one bucket (editors)'],
    [[['Enter']], 'Save the move'],
    [[['Esc']], 'Cancel the move'],
  ]),
  ...widget('Event details', ['events'], 'in the table and the details panel', [
    [[['Enter']], 'Open the focused event'],
    [[['←'], ['→']], 'Previous / next event'],
    [[['Esc']], 'Close the details'],
  ]),
];

/** Keys that belong to one widget (handled there, listed here so the overlay can show them). */
function widget(
  group: ShortcutGroup,
  pages: readonly ShortcutPage[],
  where: string,
  entries: readonly [readonly (readonly string[])[], string][],
): Shortcut[] {
  return entries.map(([shown, label]) => ({ keys: [], shown, label, group, pages, where }));
}

/** The page-wide action a key press means on `page`, if any (modifiers are checked by the caller). */
export function shortcutAction(key: string, page: ShortcutPage): ShortcutAction | undefined {
  return SHORTCUTS.find((s) => s.action && s.pages.includes(page) && s.keys.includes(key))?.action;
}

/** What the overlay lists for `page`, in group order, empty groups left out. */
export function shortcutGroupsFor(
  page: ShortcutPage,
): { group: ShortcutGroup; shortcuts: Shortcut[] }[] {
  return SHORTCUT_GROUPS.map((group) => ({
    group,
    shortcuts: SHORTCUTS.filter((s) => s.group === group && s.pages.includes(page)),
  })).filter((g) => g.shortcuts.length > 0);
}
