import { ApiError } from '../../../api/api-fetch.ts';

interface FunnelLoadErrorProps {
  error: unknown;
  what: string;
  onRetry: () => void;
  compact?: boolean;
}

/** The BFF's own message (it says what went wrong upstream) with a Retry; never a blank widget. */
export function FunnelLoadError({ error, what, onRetry, compact = false }: FunnelLoadErrorProps) {
  const message = error instanceof ApiError ? error.message : `The ${what} failed to load.`;
  return (
    <div
      role="alert"
      className={
        compact
          ? 'flex flex-wrap items-center gap-2 text-sm'
          : 'flex min-h-40 flex-col items-center justify-center gap-3 text-center text-sm'
      }
    >
      <p className="text-red-700 dark:text-red-300">
        {compact ? `The ${what} could not be loaded: ` : ''}
        {message}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Retry
      </button>
    </div>
  );
}
