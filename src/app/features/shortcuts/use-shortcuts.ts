import { useEffect, useRef } from 'react';
import { acceptsShortcut } from './accepts-shortcut.ts';
import { shortcutAction } from './shortcut-registry.ts';
import type { ShortcutAction, ShortcutPage } from './shortcut-registry.ts';

export type ShortcutHandlers = Partial<Record<ShortcutAction, () => void>>;

/**
 * Runs `handlers` for the page-wide shortcuts of `page` (shortcut-registry.ts) pressed anywhere on the
 * page. Every component that owns a behaviour registers its own handlers; keys nobody handles on this
 * page pass through untouched. The latest handlers are read at key time, so callers need not memoize.
 */
export function useShortcuts(page: ShortcutPage, handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!acceptsShortcut(event)) return;
      const action = shortcutAction(event.key, page);
      const handler = action === undefined ? undefined : latest.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page]);
}
