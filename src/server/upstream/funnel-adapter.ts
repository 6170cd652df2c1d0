import type { FunnelQuery, FunnelResponse } from '../../contract/bff-api.ts';
import {
  exportFunnelResponseSchema,
  insightsFunnelResponseSchema,
} from '../../contract/openpanel-funnel.ts';
import type { UpstreamContext } from '../mappers/chart-upstream-query.ts';
import { funnelFromExport, funnelFromInsights } from '../mappers/funnel-result.ts';
import { exportFunnelQuery, insightsFunnelQuery } from '../mappers/funnel-upstream-query.ts';
import { parseUpstream } from './parse-upstream.ts';
import type { RequestStats } from './request-stats.ts';
import { UpstreamError } from './upstream-error.ts';
import type { UpstreamClient } from './upstream-client.ts';

/**
 * One funnel endpoint for the SPA. The seed's `/export/funnel` applies per-step filters but does not exist on
 * the real server (Fastify 404, §7.1); `/insights/{projectId}/funnel` does (§7.2) but takes names only. The
 * first 404 is remembered for this upstream, so later funnels go straight to insights.
 */
export function createFunnelAdapter(upstream: UpstreamClient) {
  let exportFunnelMissing = false;

  return {
    async run(
      query: FunnelQuery,
      ctx: UpstreamContext,
      stats: RequestStats,
    ): Promise<FunnelResponse> {
      if (!exportFunnelMissing) {
        try {
          const body = await upstream.request(
            {
              method: 'GET',
              path: '/export/funnel',
              query: exportFunnelQuery(query, ctx),
              group: 'export',
            },
            stats,
          );
          return funnelFromExport(parseUpstream(exportFunnelResponseSchema, body));
        } catch (error) {
          // Only the route-level 404 (`Route GET:/export/funnel… not found`) means "not served here".
          if (!(
            error instanceof UpstreamError &&
            error.status === 404 &&
            error.message.startsWith('Route ')
          )) {
            throw error;
          }
          exportFunnelMissing = true;
        }
      }
      const body = await upstream.request(
        {
          method: 'GET',
          path: `/insights/${encodeURIComponent(ctx.projectId)}/funnel`,
          query: insightsFunnelQuery(query, ctx),
          group: 'insights',
        },
        stats,
      );
      const anyFilters = query.steps.some((s) => (s.filters ?? []).length > 0);
      return funnelFromInsights(parseUpstream(insightsFunnelResponseSchema, body), anyFilters);
    },
    /** For tests and diagnostics. */
    usesInsights: () => exportFunnelMissing,
  };
}
