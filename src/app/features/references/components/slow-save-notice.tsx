import { useEffect, useState } from 'react';

/** Long enough that a normal save never shows it. */
const SLOW_AFTER_MS = 2_000;

/**
 * Says why a save is taking long instead of leaving a bare "Saving…": OpenPanel counts every API call of
 * the organization's client in one 10-second window and accepts writes only while that count is ≤ 20
 * (shared/openpanel-api.md §3), so after a burst of chart reads the BFF holds a write for up to ~10 s
 * rather than let it fail with a 429 (src/server/upstream/upstream-limiter.ts).
 */
export function SlowSaveNotice({ pending }: { pending: boolean }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  return (
    <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
      {pending && slow
        ? 'Still saving: OpenPanel takes at most 20 changes per 10 seconds for the whole team, so this can take a few seconds. Nothing you typed is lost.'
        : ''}
    </p>
  );
}
