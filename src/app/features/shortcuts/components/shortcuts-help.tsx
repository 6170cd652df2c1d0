import { useRef, useState } from 'react';
import { useLocation } from '@tanstack/react-router';
import { sectionOfPath } from '../../shell/sections.ts';
import { useShortcuts } from '../use-shortcuts.ts';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';

/**
 * The header's "Keyboard shortcuts (?)" button and the `?` key: both open the overlay for the page the
 * URL is on. Focus goes back to where it was (the button, or whatever had it when `?` was pressed).
 */
export function ShortcutsHelp() {
  const page = sectionOfPath(useLocation({ select: (location) => location.pathname })).id;
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const show = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  };
  const hide = () => {
    setOpen(false);
    // After React removed the dialog: its Close button had focus and is gone now.
    queueMicrotask(() => opener.current?.focus());
  };
  useShortcuts(page, { help: show });
  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        className="flex size-8 items-center justify-center rounded-full border border-slate-200 text-sm font-semibold text-slate-600 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">Keyboard shortcuts (?)</span>
      </button>
      {open && <ShortcutsDialog page={page} onClose={hide} />}
    </>
  );
}
