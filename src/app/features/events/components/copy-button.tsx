import { useState } from 'react';

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({
  text,
  label,
  wide = false,
}: {
  text: string;
  label: string;
  wide?: boolean;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard
      .writeText(text)
      .then(() => setState('copied'))
      .catch(() => setState('failed'))
      .finally(() => setTimeout(() => setState('idle'), 1500));
  };
  const shown = state === 'copied' ? 'Copied' : state === 'failed' ? 'Failed' : 'Copy';
  return (
    <button
      type="button"
      aria-label={label}
      title={state === 'failed' ? 'Copy failed' : label}
      onClick={copy}
      className="rounded px-1.5 py-0.5 text-xs text-slate-500 dark:text-slate-400 hover:bg-slate-100 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-slate-800 dark:hover:text-slate-100"
    >
      {wide && state === 'idle' ? label : shown}
    </button>
  );
}
