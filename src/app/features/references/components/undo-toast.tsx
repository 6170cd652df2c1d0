/**
 * The toast after a reference change, on the references page and on a chart: what happened, Undo when it
 * can be undone, and Dismiss. A live region, so screen readers hear the outcome.
 */
export function UndoToast({
  text,
  onUndo,
  onDismiss,
}: {
  text: string;
  onUndo?: (() => void) | undefined;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      aria-label="Reference update"
      className="fixed inset-x-3 bottom-3 z-30 mx-auto flex max-w-md items-center justify-between gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      <span className="min-w-0 break-words">{text}</span>
      <span className="flex shrink-0 gap-2">
        {onUndo && (
          <button
            type="button"
            onClick={onUndo}
            className="rounded px-2 py-1 font-semibold text-indigo-300 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 dark:text-indigo-700"
          >
            Undo
          </button>
        )}
        <button
          type="button"
          aria-label="Dismiss"
          onClick={onDismiss}
          className="rounded px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400"
        >
          ✕
        </button>
      </span>
    </div>
  );
}
