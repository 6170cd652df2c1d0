import { Fragment, useEffect, useId, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { shortcutGroupsFor } from '../shortcut-registry.ts';
import type { Shortcut, ShortcutPage } from '../shortcut-registry.ts';

const PAGE_NAMES: Record<ShortcutPage, string> = {
  charts: 'Charts',
  funnels: 'Funnels',
  events: 'Events',
  references: 'References',
};

const kbdClass =
  'inline-block min-w-6 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs font-semibold text-slate-800 shadow-[0_1px_0_0] shadow-slate-300 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:shadow-slate-600';

/** `Shift + I`, `← / →`: each key in a <kbd>, alternatives separated by "or" for screen readers. */
function Keys({ shortcut }: { shortcut: Shortcut }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      {shortcut.shown.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && (
            <span className="text-xs text-slate-500 dark:text-slate-400">
              <span aria-hidden="true">/</span>
              <span className="sr-only">or</span>
            </span>
          )}
          <kbd className="inline-flex items-center gap-0.5">
            {combo.map((key, k) => (
              <Fragment key={key}>
                {k > 0 && <span aria-hidden="true">+</span>}
                <kbd className={kbdClass}>{key}</kbd>
              </Fragment>
            ))}
          </kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The focusable elements of `root`, in tab order, for the focus trap. */
function focusables(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])',
    ),
  ];
}

/**
 * The `?` overlay (issue 8 §1): the shortcuts of the current page, grouped, from the one registry.
 * A modal dialog: focus starts on Close and stays inside (Tab wraps), Escape or the backdrop closes it;
 * the opener gives focus back (shortcuts-help.tsx).
 */
export function ShortcutsDialog({ page, onClose }: { page: ShortcutPage; onClose: () => void }) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = focusables(panel.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !panel.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panel.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/50 p-2 sm:items-center sm:p-4"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-hint`}
        onKeyDown={onKeyDown}
        className="flex max-h-[90dvh] w-full max-w-2xl flex-col rounded-2xl border border-slate-200 bg-white text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <header className="flex items-start gap-3 border-b border-slate-200 px-4 py-3 sm:px-5 dark:border-slate-700">
          <div className="min-w-0 flex-1">
            <h2 id={`${id}-title`} className="text-base font-semibold">
              Keyboard shortcuts
            </h2>
            <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-300">
              On the {PAGE_NAMES[page]} page. Page keys work anywhere except while typing in a
              field.
            </p>
          </div>
          <button
            ref={close}
            type="button"
            onClick={onClose}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </header>
        {/* Scrolls on short screens, so it is a focus stop: arrow keys then scroll it (axe: scrollable-region-focusable). */}
        <div
          tabIndex={0}
          role="region"
          aria-label="Shortcut list"
          className="gap-x-6 overflow-y-auto px-4 py-4 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none focus-visible:ring-inset sm:columns-2 sm:px-5"
        >
          {shortcutGroupsFor(page).map(({ group, shortcuts }) => (
            <section
              key={group}
              aria-labelledby={`${id}-${group}`}
              className="mb-4 min-w-0 break-inside-avoid last:mb-0"
            >
              <h3
                id={`${id}-${group}`}
                className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
              >
                {group}
                {shortcuts[0]?.where !== undefined && (
                  <span className="font-normal normal-case"> ({shortcuts[0].where})</span>
                )}
              </h3>
              <dl className="mt-1.5 space-y-1">
                {shortcuts.map((shortcut) => (
                  <div
                    key={`${shortcut.label}-${shortcut.shown.flat().join()}`}
                    className="flex items-center justify-between gap-3 text-sm"
                  >
                    <dt className="min-w-0 text-slate-700 dark:text-slate-200">{shortcut.label}</dt>
                    <dd className="shrink-0">
                      <Keys shortcut={shortcut} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
