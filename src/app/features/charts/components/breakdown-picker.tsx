import { useId } from 'react';
import { CommitInput } from './commit-input.tsx';

interface BreakdownPickerProps {
  breakdowns: readonly { name: string }[];
  propertyKeys: readonly string[];
  onChange: (breakdowns: { name: string }[]) => void;
}

/** Up to 5 breakdowns (the BFF's limit), each a column or `properties.*` key, with autocomplete. */
export function BreakdownPicker({ breakdowns, propertyKeys, onChange }: BreakdownPickerProps) {
  const listId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-600 dark:text-slate-300">Breakdown</span>
      {breakdowns.map((breakdown, index) => (
        <span
          key={`${breakdown.name}-${index}`}
          className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm dark:bg-slate-800"
        >
          {breakdown.name}
          <button
            type="button"
            aria-label={`Remove breakdown ${breakdown.name}`}
            onClick={() => onChange(breakdowns.filter((_, i) => i !== index))}
            className="rounded-full px-1.5 text-slate-500 dark:text-slate-400 hover:bg-slate-200 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:hover:bg-slate-700 dark:hover:text-slate-100"
          >
            ×
          </button>
        </span>
      ))}
      {breakdowns.length < 5 && (
        <>
          <datalist id={listId}>
            {propertyKeys.map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
          <CommitInput
            aria-label="Add breakdown"
            list={listId}
            value=""
            placeholder="+ property, e.g. properties.path"
            onCommit={(name) => {
              const trimmed = name.trim();
              if (trimmed !== '' && !breakdowns.some((b) => b.name === trimmed)) {
                onChange([...breakdowns, { name: trimmed }]);
              }
            }}
            className="w-56 min-w-0"
          />
        </>
      )}
    </div>
  );
}
