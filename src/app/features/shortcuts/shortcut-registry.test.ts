import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutAction, shortcutGroupsFor } from './shortcut-registry.ts';
import type { ShortcutPage } from './shortcut-registry.ts';

describe('the shortcut registry', () => {
  it('maps keys to the actions of the page they are pressed on', () => {
    expect(shortcutAction('w', 'charts')).toBe('range:7d');
    expect(shortcutAction('W', 'charts')).toBe('range:7d');
    expect(shortcutAction('a', 'charts')).toBe('range:all_time');
    expect(shortcutAction('c', 'charts')).toBe('compare');
    expect(shortcutAction('i', 'charts')).toBe('interval-next');
    expect(shortcutAction('I', 'charts')).toBe('interval-previous');
    expect(shortcutAction('[', 'charts')).toBe('period-previous');
    expect(shortcutAction(']', 'charts')).toBe('period-next');
    expect(shortcutAction('?', 'events')).toBe('help');
    // Range and chart keys exist only where a chart builder is.
    expect(shortcutAction('w', 'events')).toBeUndefined();
    expect(shortcutAction('c', 'funnels')).toBeUndefined();
    // Widget keys are listed, never dispatched page-wide (the focused widget handles them).
    expect(shortcutAction('ArrowLeft', 'charts')).toBeUndefined();
    expect(shortcutAction('r', 'charts')).toBeUndefined();
  });

  it('gives no key two page-wide meanings on one page', () => {
    for (const page of ['charts', 'funnels', 'events', 'references'] as ShortcutPage[]) {
      const keys = SHORTCUTS.filter((s) => s.action && s.pages.includes(page)).flatMap((s) => [
        ...s.keys,
      ]);
      expect(new Set(keys).size, page).toBe(keys.length);
    }
  });

  it('lists each page’s shortcuts in group order', () => {
    expect(shortcutGroupsFor('events').map((g) => g.group)).toEqual(['General', 'Event details']);
    expect(shortcutGroupsFor('references').map((g) => g.group)).toEqual(['General']);
    const charts = shortcutGroupsFor('charts');
    expect(charts.map((g) => g.group)).toEqual([
      'General',
      'Range',
      'Chart',
      'Chart cursor',
      'Reference markers',
    ]);
    // 15 presets and the two period steps.
    expect(charts[1]?.shortcuts).toHaveLength(17);
    expect(charts[2]?.shortcuts.map((s) => [s.label, s.shown])).toEqual([
      ['Compare to previous period on / off', [['C']]],
      ['Next interval (coarser)', [['I']]],
      ['Previous interval (finer)', [['Shift', 'I']]],
    ]);
  });
});
