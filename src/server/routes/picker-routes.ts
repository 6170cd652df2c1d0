import type { Hono } from 'hono';
import { z } from 'zod';
import { eventPropertiesQuerySchema, propertyValuesQuerySchema } from '../../contract/bff-api.ts';
import {
  eventNamesResponseSchema,
  eventPropertiesResponseSchema,
  propertyValuesResponseSchema,
} from '../../contract/openpanel-insights.ts';
import type { BffDeps, BffEnv } from '../bff-deps.ts';
import { requireRead } from '../http/access-guard.ts';
import { projectParam } from '../http/project-param.ts';
import { validQuery } from '../http/request-input.ts';
import { coercionSafeValue } from '../mappers/coercion-safe-value.ts';
import { parseUpstream } from '../upstream/parse-upstream.ts';

/** Event, property and value pickers (§9.2–§9.4), reshaped for autocomplete. */
export function registerPickerRoutes(app: Hono<BffEnv>, deps: BffDeps): void {
  const insightsPath = (projectId: string, rest: string) =>
    `/insights/${encodeURIComponent(projectId)}/${rest}`;

  app.get('/api/projects/:projectId/event-names', async (c) => {
    requireRead(c, deps);
    validQuery(c, z.object({}).strict());
    const projectId = await projectParam(c, deps);
    const body = await deps.upstream.request(
      { method: 'GET', path: insightsPath(projectId, 'events/names'), group: 'insights' },
      c.get('stats'),
    );
    // A bare array capped at 50 (§9.2): the picker must also accept free text.
    return c.json({ names: parseUpstream(eventNamesResponseSchema, body) });
  });

  app.get('/api/projects/:projectId/event-properties', async (c) => {
    requireRead(c, deps);
    const { event } = validQuery(c, eventPropertiesQuerySchema);
    const projectId = await projectParam(c, deps);
    const query: [string, string][] = event ? [['eventName', coercionSafeValue(event)]] : [];
    const body = parseUpstream(
      eventPropertiesResponseSchema,
      await deps.upstream.request(
        {
          method: 'GET',
          path: insightsPath(projectId, 'events/properties'),
          query,
          group: 'insights',
        },
        c.get('stats'),
      ),
    );
    // (key, event) pairs without the `properties.` prefix (§9.3); filters and breakdowns need it.
    const properties = [...new Set(body.properties.map((p) => `properties.${p.property_key}`))];
    return c.json({ columns: body.columns, properties });
  });

  app.get('/api/projects/:projectId/property-values', async (c) => {
    requireRead(c, deps);
    const { event, property } = validQuery(c, propertyValuesQuerySchema);
    const projectId = await projectParam(c, deps);
    // The upstream wants the stored key without `properties.` (§9.4).
    const key = property.startsWith('properties.')
      ? property.slice('properties.'.length)
      : property;
    const body = parseUpstream(
      propertyValuesResponseSchema,
      await deps.upstream.request(
        {
          method: 'GET',
          path: insightsPath(projectId, 'events/property_values'),
          query: [
            ['eventName', coercionSafeValue(event)],
            ['propertyKey', coercionSafeValue(key)],
          ],
          group: 'insights',
        },
        c.get('stats'),
      ),
    );
    // Duplicates are possible upstream before merges (§9.4).
    return c.json({ values: [...new Set(body.values)] });
  });
}
