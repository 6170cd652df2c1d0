import type { SaveFailure } from '../reference-save-error.ts';
import { secondaryButtonClass } from './reference-styles.ts';

interface SaveProblemProps {
  failure: SaveFailure | null;
  /** A teammate saved since the form loaded (409 `conflict`). */
  conflict: boolean;
  onRetry: () => void;
  onReload: () => void;
  onOverwrite: () => void;
}

/** Why the last save failed, with the way out: Retry, or Reload / Overwrite after a conflict. */
export function SaveProblem({
  failure,
  conflict,
  onRetry,
  onReload,
  onOverwrite,
}: SaveProblemProps) {
  return (
    <>
      {failure ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
        >
          <p>{failure.message}</p>
          {failure.retryable ? (
            <button type="button" onClick={onRetry} className={`${secondaryButtonClass} mt-2`}>
              Retry
            </button>
          ) : null}
        </div>
      ) : null}
      {conflict ? (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p>Someone changed this reference since you opened it.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={onReload} className={secondaryButtonClass}>
              Reload their version
            </button>
            <button type="button" onClick={onOverwrite} className={secondaryButtonClass}>
              Overwrite with mine
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
