import type { InsightsFunnelResponse } from '../../contract/openpanel-funnel.ts';
import { funnelSteps, round2 } from './funnel-steps.ts';

/**
 * The body of `GET /insights/{projectId}/funnel` (shared/openpanel-api.md §7.2), key order included.
 * An empty funnel still lists every step with zeros (`dropoffPercent` null on the last one).
 */
export function insightsFunnelResponse(
  names: readonly string[],
  users: readonly number[],
): InsightsFunnelResponse {
  const steps = funnelSteps(names, users).map((step, index) => ({
    step: index + 1,
    eventName: step.name,
    users: step.count,
    conversionRateFromStart: round2(step.percent),
    dropoffPercent: step.dropoffPercent === null ? null : round2(step.dropoffPercent),
    isHighestDropoff: step.isHighestDropoff,
  }));
  const totalUsers = steps[0]?.users ?? 0;
  const completedUsers = steps[steps.length - 1]?.users ?? 0;
  return {
    steps,
    totalUsers,
    completedUsers,
    // Rounded as the server writes it (×10000 then ÷100), which differs from round2(pct) in the last bit.
    overallConversionRate:
      totalUsers > 0 ? Math.round((completedUsers / totalUsers) * 10000) / 100 : 0,
  };
}
