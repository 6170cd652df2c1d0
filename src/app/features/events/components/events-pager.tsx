import { useState } from 'react';
import { jumpTarget } from '../page-math.ts';
import type { PageWindow } from '../page-math.ts';

interface EventsPagerProps {
  page: number;
  total: number;
  window: PageWindow;
  onPage: (page: number) => void;
}

const button =
  'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800';

/** "N–M of total", first/previous/next/last and jump to page. */
export function EventsPager({ page, total, window: w, onPage }: EventsPagerProps) {
  const [jump, setJump] = useState('');
  const fmt = (n: number) => n.toLocaleString('en-US');
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p aria-live="polite" className="text-slate-600 dark:text-slate-400">
        {w.first > 0 ? `${fmt(w.first)}–${fmt(w.last)} of ${fmt(total)}` : `0 of ${fmt(total)}`}
        {w.pages > 0 && ` · page ${fmt(page)} of ${fmt(w.pages)}`}
      </p>
      <div className="flex flex-wrap items-center gap-1">
        <button
          type="button"
          className={button}
          disabled={!w.hasPrevious}
          onClick={() => onPage(1)}
        >
          « First
        </button>
        <button
          type="button"
          className={button}
          disabled={!w.hasPrevious}
          onClick={() => onPage(Math.min(page - 1, Math.max(1, w.pages)))}
        >
          ‹ Previous
        </button>
        <button
          type="button"
          className={button}
          disabled={!w.hasNext}
          onClick={() => onPage(page + 1)}
        >
          Next ›
        </button>
        <button
          type="button"
          className={button}
          disabled={!w.hasNext}
          onClick={() => onPage(w.pages)}
        >
          Last »
        </button>
        <form
          className="ml-2 flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            const target = jumpTarget(jump, w.pages);
            if (target !== null) onPage(target);
            setJump('');
          }}
        >
          <label className="flex items-center gap-1">
            <span>Page</span>
            <input
              inputMode="numeric"
              value={jump}
              onChange={(e) => setJump(e.target.value)}
              placeholder={String(page)}
              aria-label="Jump to page"
              className="w-16 rounded-md border border-slate-300 bg-white px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
          <button type="submit" className={button}>
            Go
          </button>
        </form>
      </div>
    </nav>
  );
}
