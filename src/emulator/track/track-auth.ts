import type { ClientRow } from '../http/client-auth.ts';
import { verifySecret } from '../http/client-secrets.ts';
import type { EmulatorDb } from '../store/emulator-db.ts';

export interface TrackProject {
  id: string;
  cors: string[];
  filters: { type?: string; ip?: unknown; profileId?: unknown }[];
  allowUnsafeRevenueTracking: boolean;
}

export type TrackAuthResult =
  | { ok: true; client: ClientRow; project: TrackProject; secretSent: boolean }
  | { ok: false; message: string; secretSent: boolean };

const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The first `www.`, the scheme and one trailing slash go; the rest must match exactly (§12.3). */
const cleanDomain = (domain: string) =>
  domain
    .replace('www.', '')
    .replace(/https?:\/\//, '')
    .replace(/\/$/, '');

/**
 * project.cors against the Origin header (§12.3 step 9). An entry with `*` becomes an UNANCHORED regex
 * tested on the raw origin, so `*.example.com` also accepts `https://app.example.com.evil.net` upstream.
 */
export function corsAllows(cors: string[], origin: string): boolean {
  const matched = cors.some((entry) => {
    const cleaned = cleanDomain(entry);
    if (cleaned.includes('*')) {
      const escaped = cleaned.replace(/[\\^$+?()[\]{}|]/g, '\\$&').replaceAll('.', '\\.');
      return new RegExp(escaped.replaceAll('*', '.+?')).test(origin);
    }
    return cleaned === cleanDomain(origin);
  });
  return matched || (cors.includes('*') && origin !== '');
}

const path = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined,
    value,
  );

/**
 * `/track` auth, shared/openpanel-api.md §12.3, in order; the first failure wins. Any client type is fine
 * as long as it is bound to a project. Credentials come from the headers, the legacy `mixan-*` headers or
 * the body. Merely SENDING a secret matters elsewhere (bot check, revenue rule), so it is reported.
 */
export async function authenticateTrackClient(
  db: EmulatorDb,
  headers: Headers,
  body: unknown,
  ip: string,
): Promise<TrackAuthResult> {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const clientId =
    text(headers.get('openpanel-client-id')) ??
    text(headers.get('mixan-client-id')) ??
    text(path(body, 'clientId'));
  const secret =
    text(headers.get('openpanel-client-secret')) ??
    text(headers.get('mixan-client-secret')) ??
    text(path(body, 'clientSecret'));
  const secretSent = secret !== undefined;
  const fail = (reason: string): TrackAuthResult => ({
    ok: false,
    message: `Ingestion: ${reason}`,
    secretSent,
  });

  if (!clientId) return fail('Missing client id');
  if (!CLIENT_ID.test(clientId)) return fail('Client ID must be a valid UUIDv4');
  const [client] = await db.all<ClientRow>('SELECT * FROM clients WHERE id = ?', [clientId]);
  if (!client) return fail('Invalid client id');
  if (!client.project_id) return fail('Client has no project');
  const [row] = await db.all<{ cors: string[]; filters: string; allow: boolean }>(
    `SELECT cors, CAST(filters AS VARCHAR) AS filters, allow_unsafe_revenue_tracking AS allow
     FROM projects WHERE id = ?`,
    [client.project_id],
  );
  if (!row) return fail('Client has no project');
  const project: TrackProject = {
    id: client.project_id,
    cors: row.cors,
    filters: JSON.parse(row.filters) as TrackProject['filters'],
    allowUnsafeRevenueTracking: row.allow,
  };

  if (project.filters.some((f) => f.type === 'ip' && f.ip === ip)) {
    return fail('IP address is blocked by project filter');
  }
  // Strict comparison: a numeric profileId never matches a stored string filter (§12.3 step 6).
  const profileId = path(body, 'payload', 'profileId');
  if (project.filters.some((f) => f.type === 'profile_id' && f.profileId === profileId)) {
    return fail('Profile id is blocked by project filter');
  }
  const revenue = path(body, 'payload', 'properties', '__revenue');
  if (revenue !== undefined && !(project.allowUnsafeRevenueTracking || secretSent)) {
    return fail('Revenue tracking is not allowed without a client secret');
  }

  const accepted: TrackAuthResult = { ok: true, client, project, secretSent };
  if (client.ignore_cors_and_secret) return accepted;
  if (corsAllows(project.cors, headers.get('origin') ?? '')) return accepted;
  if (client.secret && secret && (await verifySecret(secret, client.secret))) return accepted;
  return fail('Invalid cors or secret');
}
