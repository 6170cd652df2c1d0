import type { ExportFunnelResponse } from '../../contract/openpanel-funnel.ts';
import { funnelSteps, round2 } from './funnel-steps.ts';

/**
 * The seed docs' `GET /export/funnel` body: `{totalSessions, steps}` with the internal step shape trimmed to
 * the fields the seed documents. Where the server would put null on the last step (dropoffCount,
 * dropoffPercent) the seed's `number` type gets 0; percentages are rounded to 2 decimals like the insights
 * funnel's.
 */
export function exportFunnelResponse(
  names: readonly string[],
  users: readonly number[],
): ExportFunnelResponse {
  const steps = funnelSteps(names, users).map((step) => ({
    event: { name: step.name, displayName: step.name },
    count: step.count,
    percent: round2(step.percent),
    dropoffCount: step.dropoffCount ?? 0,
    dropoffPercent: step.dropoffPercent === null ? 0 : round2(step.dropoffPercent),
    previousCount: step.previousCount,
  }));
  return { totalSessions: users[0] ?? 0, steps };
}
