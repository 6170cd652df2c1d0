import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import { importEventsBodySchema, type ImportEventRow } from '../../contract/openpanel-import.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { parseServerDate } from '../funnel/parse-server-date.ts';
import { textResponse } from '../http/error-responses.ts';
import { defineRoute } from '../http/define-route.ts';
import { flattenProperties } from '../ingest/flatten-properties.ts';
import { insertEvents, storedEvent, type StoredEvent } from '../store/event-writer.ts';

/**
 * shared/openpanel-api.md §13: "what is sent is what is stored", with `created_at` parsed like `new Date()`.
 * Milliseconds are kept: the contract promises them, and fixtures rely on sub-second step order in funnels.
 * (The real server's `formatClickhouseDate` may cut them; the contract document is what we follow.)
 * An unparseable value throws → 500.
 */
function toStoredTime(value: string | number | Date): Date {
  const date = value instanceof Date ? value : parseServerDate(value);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return date;
}

function toStoredEvent(row: ImportEventRow, projectId: string, importedAt: Date): StoredEvent {
  const defined = Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<Record<keyof ImportEventRow, unknown>>;
  // Missing (or null) columns take the column defaults, as ClickHouse's JSONEachRow insert does (§13).
  return storedEvent({
    ...(defined as Partial<StoredEvent>),
    id: row.id ?? randomUUID(),
    name: row.name ?? '',
    project_id: projectId,
    properties: flattenProperties(row.properties ?? {}),
    created_at: toStoredTime(row.created_at),
    imported_at: importedAt,
    longitude: row.longitude ?? null,
    latitude: row.latitude ?? null,
    groups: row.groups ?? [],
  });
}

/**
 * `POST /import/events` (shared/openpanel-api.md §13): read and root clients (prefix `Import:`), no rate
 * limit, events stored as sent into the CLIENT's project, properties flattened (§12.12), `imported_at` set
 * to now. The server declares no body schema, so a malformed body is not a 400: it fails inside the
 * handler, after auth, as a plain 500. A failed insert answers the plain text `Error`.
 */
export function registerImportRoutes(app: Hono, ctx: EmulatorContext): void {
  app.post(
    '/import/events',
    defineRoute<undefined, unknown, undefined>(ctx, {
      group: null,
      auth: 'import',
      coerceQuery: false,
      // Pass-through: the server validates nothing here, so the raw JSON reaches the handler.
      body: z.unknown(),
      handler: async ({ body, client }) => {
        const projectId = client.project_id;
        if (!projectId) throw new Error('Project ID is required');
        const parsed = importEventsBodySchema.safeParse(body);
        if (!parsed.success) throw new Error(`Malformed import body: ${parsed.error.message}`);
        const importedAt = toStoredTime(ctx.now());
        const rows = parsed.data.map((row) => toStoredEvent(row, projectId, importedAt));
        try {
          await insertEvents(ctx.db, rows);
        } catch (error) {
          if (process.env.EMULATOR_LOG_ERRORS !== '0') console.error('[emulator]', error);
          return textResponse(500, 'Error');
        }
        return textResponse(200, 'OK');
      },
    }),
  );
}
