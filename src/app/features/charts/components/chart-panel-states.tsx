/** The chart panel's skeleton (first load only) and its error panel with the BFF's message and Retry. */
export function ChartSkeleton() {
  return (
    <div aria-label="Loading chart" role="status" className="space-y-3">
      <div className="h-80 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
      <div className="h-16 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
    </div>
  );
}

export function ChartError(props: { message: string; retrying: boolean; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="flex h-80 flex-col items-center justify-center gap-3 rounded-xl border border-red-200 bg-red-50 p-6 text-center text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-semibold">The chart could not be loaded</p>
      <p>{props.message}</p>
      <button
        type="button"
        onClick={props.onRetry}
        disabled={props.retrying}
        className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-60"
      >
        {props.retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
