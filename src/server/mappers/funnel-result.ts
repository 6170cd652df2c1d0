import type { FunnelResponse } from '../../contract/bff-api.ts';
import type {
  ExportFunnelResponse,
  InsightsFunnelResponse,
} from '../../contract/openpanel-funnel.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Both upstream funnel shapes become one (the SPA never knows which was used). The figures follow §7.2:
 * percent of the first step, drop-off to the next step (null on the last), and the highest drop-off flag on
 * the FIRST step with the largest positive absolute drop.
 */
function shape(
  counts: { name: string; count: number }[],
  source: FunnelResponse['source'],
  perStepFiltersApplied: boolean,
): FunnelResponse {
  const first = counts[0]?.count ?? 0;
  const last = counts.at(-1)?.count ?? 0;
  const drops = counts.map((step, i) =>
    i + 1 < counts.length ? step.count - (counts[i + 1]?.count ?? 0) : 0,
  );
  const largest = Math.max(0, ...drops);
  const highest = largest > 0 ? drops.indexOf(largest) : -1;
  return {
    totalUnits: first,
    completedUnits: last,
    overallConversionRate: first === 0 ? 0 : round2((last / first) * 100),
    steps: counts.map((step, i) => ({
      name: step.name,
      count: step.count,
      percentOfFirst: first === 0 ? 0 : round2((step.count / first) * 100),
      dropoffCount: drops[i] ?? 0,
      dropoffPercent:
        i === counts.length - 1
          ? null
          : step.count === 0
            ? 0
            : round2(((drops[i] ?? 0) / step.count) * 100),
      isHighestDropoff: i === highest,
    })),
    perStepFiltersApplied,
    source,
  };
}

export function funnelFromInsights(
  body: InsightsFunnelResponse,
  anyStepFilters: boolean,
): FunnelResponse {
  // The insights endpoint takes step names only; requested filters were not applied (flagged for the UI).
  return shape(
    body.steps.map((s) => ({ name: s.eventName, count: s.users })),
    'insights',
    !anyStepFilters,
  );
}

export function funnelFromExport(body: ExportFunnelResponse): FunnelResponse {
  return shape(
    body.steps.map((s) => ({ name: s.event.name, count: s.count })),
    'export',
    true,
  );
}
