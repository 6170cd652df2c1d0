// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { acceptsShortcut } from './accepts-shortcut.ts';

const press = (overrides: Partial<Parameters<typeof acceptsShortcut>[0]> = {}) => ({
  key: 'c',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  defaultPrevented: false,
  ...overrides,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('acceptsShortcut', () => {
  it('takes a plain key on the page', () => {
    expect(acceptsShortcut(press())).toBe(true);
  });

  it('ignores keys typed into text fields, selects and editable text', () => {
    document.body.innerHTML = `<input id="t" type="text"><input id="d" type="date"><textarea id="a"></textarea>
      <select id="s"></select><div contenteditable="true"><span id="e">x</span></div>`;
    for (const id of ['t', 'd', 'a', 's', 'e']) {
      expect(acceptsShortcut(press({ target: document.getElementById(id) })), id).toBe(false);
    }
  });

  it('takes keys on a focused checkbox or button (they take no text)', () => {
    document.body.innerHTML = '<input id="c" type="checkbox"><button id="b">x</button>';
    expect(acceptsShortcut(press({ target: document.getElementById('c') }))).toBe(true);
    expect(acceptsShortcut(press({ target: document.getElementById('b') }))).toBe(true);
  });

  it('ignores Ctrl, Meta and Alt combinations but not AltGr', () => {
    expect(acceptsShortcut(press({ ctrlKey: true }))).toBe(false);
    expect(acceptsShortcut(press({ metaKey: true }))).toBe(false);
    expect(acceptsShortcut(press({ altKey: true }))).toBe(false);
    const altGr = (key: string) => key === 'AltGraph';
    expect(
      acceptsShortcut(press({ key: '[', ctrlKey: true, altKey: true, getModifierState: altGr })),
    ).toBe(true);
  });

  it('ignores keys a widget already handled and keys while a modal dialog is open', () => {
    expect(acceptsShortcut(press({ defaultPrevented: true }))).toBe(false);
    document.body.innerHTML = '<div role="dialog" aria-modal="true"></div>';
    expect(acceptsShortcut(press())).toBe(false);
  });
});
