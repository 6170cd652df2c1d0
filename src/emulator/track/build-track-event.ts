import { randomUUID } from 'node:crypto';
import type { TrackPayload } from '../../contract/openpanel-track.ts';
import { flattenProperties } from '../ingest/flatten-properties.ts';
import { storedEvent, type StoredEvent } from '../store/event-writer.ts';
import { parsePagePath } from './page-path.ts';
import { resolveReferrer } from './referrer.ts';
import type { UserAgentInfo } from './user-agent.ts';

/** What the request contributes to every stored row. */
export interface TrackRowContext {
  projectId: string;
  eventMs: number;
  deviceId: string;
  sessionId: string;
  ua: UserAgentInfo;
  geo: { country: string; city: string };
  sdkName: string;
  sdkVersion: string;
}

/** Removed from the stored properties once used (§12.10). */
const CONSUMED = new Set(['__path', '__referrer', '__timestamp', '__revenue']);

/** The legacy un-prefixed key is read when the `__` one is absent or empty (`path`, `referrer`). */
const legacyString = (props: Record<string, unknown>, key: string): string | undefined => {
  const value = props[key] || props[key.replace('__', '')];
  return typeof value === 'string' ? value : undefined;
};

/** `revenue` column: for events named `revenue` only; a falsy value stores 0 (§12.13). */
function revenueOf(name: string, props: Record<string, unknown>): number {
  if (name !== 'revenue' || !('__revenue' in props) || !props.__revenue) return 0;
  const value = props.__revenue;
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isNaN(parsed) ? 0 : parsed;
}

/**
 * The worker's "base event" (shared/openpanel-api.md §12.11, §12.13) before any session logic: path and
 * origin from `__path`, `__query`/`__hash` always overwritten from it, referrer columns from `__referrer`
 * plus the UTM override, the consumed `__` keys removed, everything flattened (§12.12).
 * `profile_id` falls back to the device id, which is "" for server-UA and backdated rows.
 */
export function buildTrackEvent(
  payload: TrackPayload,
  properties: Record<string, unknown>,
  context: TrackRowContext,
): StoredEvent {
  const pageUrl = legacyString(properties, '__path');
  const page = parsePagePath(pageUrl);
  const referrer = resolveReferrer(legacyString(properties, '__referrer'), pageUrl, page.query);
  const kept = Object.fromEntries(Object.entries(properties).filter(([key]) => !CONSUMED.has(key)));
  const profileId = payload.profileId === undefined ? '' : String(payload.profileId);
  const { ua } = context;
  return storedEvent({
    id: randomUUID(),
    name: payload.name,
    project_id: context.projectId,
    device_id: context.deviceId,
    session_id: context.sessionId,
    profile_id: profileId || context.deviceId,
    created_at: new Date(context.eventMs),
    path: page.path,
    origin: page.origin,
    referrer: referrer.referrer,
    referrer_name: referrer.referrerName,
    referrer_type: referrer.referrerType,
    properties: flattenProperties({ ...kept, __hash: page.hash, __query: page.query }),
    country: context.geo.country,
    city: context.geo.city,
    os: ua.os,
    os_version: ua.osVersion,
    browser: ua.browser,
    browser_version: ua.browserVersion,
    device: ua.device,
    brand: ua.brand,
    model: ua.model,
    sdk_name: context.sdkName,
    sdk_version: context.sdkVersion,
    revenue: revenueOf(payload.name, properties),
    groups: payload.groups ?? [],
  });
}
