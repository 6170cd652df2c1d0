/** Shown while a route's loader runs (after the router's pending delay, so fast loads never flash it). */
export function PageSpinner() {
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-3 py-24 text-slate-500 dark:text-slate-400"
    >
      <span className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-500" />
      <span>Loading…</span>
    </div>
  );
}
