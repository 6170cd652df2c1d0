import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import type { Filter } from '../../../../contract/openpanel-common.ts';
import type { ExportEvent } from '../../../../contract/openpanel-events.ts';
import { eventCell } from '../event-cell.ts';
import { filterNameFor, flattenObject } from '../event-fields.ts';
import { CopyButton } from './copy-button.tsx';
import { MarkMoment } from './mark-moment.tsx';

interface EventDrawerProps {
  projectId: string;
  event: ExportEvent;
  /** 0-based position on the page and the page's length, for ←/→. */
  index: number;
  count: number;
  timeZone: string;
  canMark: boolean;
  csrfToken: string | null;
  onNavigate: (index: number) => void;
  onClose: () => void;
  onAddFilter: (filter: Filter) => void;
}

const SECTIONS = new Set(['properties', 'profile', 'meta']);

/** Every field of one event, in a modal side panel with focus kept inside until it closes. */
export function EventDrawer(props: EventDrawerProps) {
  const { event, index, count, timeZone, onNavigate, onClose, onAddFilter } = props;
  const panel = useRef<HTMLDivElement>(null);
  const [asJson, setAsJson] = useState(false);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    const typing = (e.target as HTMLElement).closest('input, textarea, select');
    if (!typing && e.key === 'ArrowLeft' && index > 0) onNavigate(index - 1);
    if (!typing && e.key === 'ArrowRight' && index < count - 1) onNavigate(index + 1);
    if (e.key === 'Tab') trapFocus(e, panel.current);
  };

  const fields = (Object.keys(event) as (keyof ExportEvent)[]).filter((k) => !SECTIONS.has(k));
  const properties = Object.entries(event.properties ?? {});
  const profile = event.profile ? flattenObject(event.profile) : [];

  const valueButton = (name: string | null, value: string, shown: ReactNode = value) =>
    name !== null && value !== '' ? (
      <button
        type="button"
        title={`Filter by ${name} is ${value}`}
        onClick={() => onAddFilter({ name, operator: 'is', value: [value] })}
        className="break-all text-left text-indigo-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-indigo-300"
      >
        {shown}
      </button>
    ) : (
      <span className="break-all">{shown}</span>
    );

  const row = (label: string, value: string, filterName: string | null, shown?: ReactNode) => (
    <tr key={label} className="border-b border-slate-100 align-top dark:border-slate-800">
      <th
        scope="row"
        className="py-1 pr-3 text-left font-mono text-xs font-normal text-slate-500 dark:text-slate-400"
      >
        {label}
      </th>
      <td className="py-1 pr-2 text-sm">{valueButton(filterName, value, shown)}</td>
      <td className="w-8 py-1">
        <CopyButton text={value} label={`Copy ${label}`} />
      </td>
    </tr>
  );

  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-slate-900/40" onClick={onClose}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="event-drawer-title"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
        className="flex h-full w-full max-w-xl flex-col overflow-hidden bg-white shadow-2xl focus:outline-none dark:bg-slate-900"
      >
        <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 p-4 dark:border-slate-700">
          <h2 id="event-drawer-title" className="mr-auto text-lg font-semibold">
            {event.name}
            <span className="ml-2 text-sm font-normal text-slate-500 dark:text-slate-400">
              {eventCell(event, 'createdAt', timeZone).text}
            </span>
          </h2>
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {index + 1} of {count} on this page
          </span>
          <button
            type="button"
            aria-label="Previous event"
            disabled={index === 0}
            onClick={() => onNavigate(index - 1)}
            className={navButton}
          >
            ←
          </button>
          <button
            type="button"
            aria-label="Next event"
            disabled={index >= count - 1}
            onClick={() => onNavigate(index + 1)}
            className={navButton}
          >
            →
          </button>
          <button type="button" aria-label="Close" onClick={onClose} className={navButton}>
            ✕
          </button>
        </header>
        <div className="flex-1 space-y-5 overflow-y-auto p-4">
          <div className="flex flex-wrap items-center gap-2">
            {props.canMark && (
              <MarkMoment
                key={event.id}
                projectId={props.projectId}
                event={event}
                timeZone={timeZone}
                csrfToken={props.csrfToken}
              />
            )}
            <CopyButton text={JSON.stringify(event, null, 2)} label="Copy event as JSON" wide />
          </div>
          <section aria-labelledby="drawer-fields">
            <h3 id="drawer-fields" className="mb-1 text-sm font-semibold">
              Fields
            </h3>
            <table className="w-full">
              <tbody>
                {fields.map((k) => {
                  const cell = eventCell(event, k, timeZone);
                  const raw = rawText(event[k]);
                  return row(
                    k,
                    raw,
                    filterNameFor(k),
                    cell.text !== raw ? <span title={cell.title}>{cell.text}</span> : undefined,
                  );
                })}
              </tbody>
            </table>
          </section>
          {event.properties && (
            <section aria-labelledby="drawer-properties">
              <div className="mb-1 flex items-center justify-between">
                <h3 id="drawer-properties" className="text-sm font-semibold">
                  Properties ({properties.length})
                </h3>
                <button
                  type="button"
                  aria-pressed={asJson}
                  onClick={() => setAsJson((j) => !j)}
                  className={navButton}
                >
                  {asJson ? 'Show as table' : 'Show as JSON'}
                </button>
              </div>
              {asJson ? (
                <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 text-xs dark:bg-slate-800">
                  {JSON.stringify(event.properties, null, 2)}
                </pre>
              ) : properties.length === 0 ? (
                <p className="text-sm text-slate-500 dark:text-slate-400">
                  This event has no properties.
                </p>
              ) : (
                <table className="w-full">
                  <tbody>{properties.map(([k, v]) => row(k, v, `properties.${k}`))}</tbody>
                </table>
              )}
            </section>
          )}
          {event.profile && (
            <section aria-labelledby="drawer-profile">
              <h3 id="drawer-profile" className="mb-1 text-sm font-semibold">
                Profile
              </h3>
              <table className="w-full">
                <tbody>
                  {profile.map(([k, v]) =>
                    row(`profile.${k}`, v, k.startsWith('properties.') ? `profile.${k}` : null),
                  )}
                </tbody>
              </table>
            </section>
          )}
          {event.meta && (
            <section aria-labelledby="drawer-meta">
              <h3 id="drawer-meta" className="mb-1 text-sm font-semibold">
                Meta
              </h3>
              <table className="w-full">
                <tbody>
                  {flattenObject(event.meta).map(([k, v]) => row(`meta.${k}`, v, null))}
                </tbody>
              </table>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

const navButton =
  'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800';

function rawText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Keeps Tab and Shift+Tab cycling inside the dialog. */
function trapFocus(e: ReactKeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const focusable = [
    ...root.querySelectorAll<HTMLElement>(
      'button:not([disabled]), a[href], input, select, textarea',
    ),
  ];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
