import type { TrackBody, TrackResponse } from '../../contract/openpanel-track.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import { jsonResponse } from '../http/error-responses.ts';
import { insertEvents, type StoredEvent } from '../store/event-writer.ts';
import { applyBotSuspicion } from './bot-suspicion.ts';
import { buildTrackEvent } from './build-track-event.ts';
import { createDuplicateGuard } from './duplicate-guard.ts';
import { resolveEventTime } from './event-time.ts';
import { createSessionTracker } from './session-tracker.ts';
import { identify, writeSessionProfiles } from './profile-upserts.ts';
import { adjustProfileProperty } from './track-profiles.ts';
import { parseUserAgent } from './user-agent.ts';
import { deviceIdCandidates } from './visitor-ids.ts';

/** Everything the route resolved before the handler (§12.1): the caller's project, IP and headers. */
export interface TrackRequest {
  projectId: string;
  receivedMs: number;
  /** The header IP of §12.2.1 (`""` when none is public). */
  ip: string;
  headers: Headers;
  secretSent: boolean;
}

/** Per-emulator ingest state: what the server keeps in Redis. */
function createTrackState() {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    sessions: createSessionTracker(),
    duplicates: createDuplicateGuard(),
    /** One ingest at a time, so the API's ids and the "worker's" session decisions agree. */
    serial<T>(task: () => Promise<T>): Promise<T> {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
const states = new WeakMap<EmulatorContext, ReturnType<typeof createTrackState>>();
export function trackState(ctx: EmulatorContext) {
  let state = states.get(ctx);
  if (!state) states.set(ctx, (state = createTrackState()));
  return state;
}

/**
 * No GeoIP database ships with the emulator (§12.11.3 would need GeoLite2-City), so geo stays "" unless
 * a test sets it with these emulator-only headers.
 */
const geoOf = (headers: Headers) => ({
  country: headers.get('x-emulator-country') ?? '',
  city: headers.get('x-emulator-city') ?? '',
});

/**
 * The `/track` handler after validation, auth and the bot check (shared/openpanel-api.md §12.4–§12.9).
 * Unlike the real server there is no queue or buffer: rows and profiles are written before the answer,
 * so export sees them at once (§12.15 item 10 describes the real ~10 s delay).
 */
export function handleTrack(
  ctx: EmulatorContext,
  body: TrackBody,
  request: TrackRequest,
): Promise<TrackResponse | Response> {
  const state = trackState(ctx);
  return state.serial(async () => {
    const { headers, projectId } = request;
    const properties: Record<string, unknown> =
      'properties' in body.payload && body.payload.properties ? body.payload.properties : {};
    const time = resolveEventTime(request.receivedMs, properties.__timestamp);
    const isTrack = body.type === 'track';
    const ip = isTrack && properties.__ip ? String(properties.__ip) : request.ip;
    const rawUa = headers.get('user-agent');
    const override =
      isTrack && typeof properties.__deviceId === 'string' ? properties.__deviceId.trim() : '';
    const candidates =
      override.length >= 1 && override.length <= 64
        ? [override]
        : deviceIdCandidates(rawUa, ip, projectId, request.receivedMs);
    const ids = state.sessions.resolveIds(projectId, candidates, time.ms);
    const geo = geoOf(headers);
    const at = new Date(request.receivedMs);

    if (body.type === 'alias') {
      return jsonResponse(400, {
        status: 400,
        error: 'Bad Request',
        message: 'Alias is not supported',
      });
    }
    if (body.type === 'identify') {
      await identify(
        ctx,
        projectId,
        body.payload,
        parseUserAgent(rawUa ?? 'unknown/1.0', body.payload.properties),
        geo,
        at,
      );
    }
    if (body.type === 'increment' || body.type === 'decrement') {
      const { profileId, property, value } = body.payload;
      const delta = (body.type === 'increment' ? 1 : -1) * (value || 1);
      await adjustProfileProperty(ctx.db, projectId, String(profileId), property, delta, at);
    }
    if (body.type === 'track') {
      await ingestTrack(ctx, body.payload, properties, request, { time, ids, geo, rawUa });
    }
    // group, assign_group and replay are accepted and answered, but nothing is stored (no group or
    // replay tables in the emulator).
    return { deviceId: ids.deviceId, sessionId: ids.sessionId };
  });
}

async function ingestTrack(
  ctx: EmulatorContext,
  payload: Extract<TrackBody, { type: 'track' }>['payload'],
  rawProperties: Record<string, unknown>,
  request: TrackRequest,
  resolved: {
    time: ReturnType<typeof resolveEventTime>;
    ids: TrackResponse;
    geo: { country: string; city: string };
    rawUa: string | null;
  },
) {
  const { time, ids, geo, rawUa } = resolved;
  const state = trackState(ctx);
  const ua = parseUserAgent(rawUa, rawProperties);
  const properties = applyBotSuspicion(
    rawProperties,
    request.headers,
    request.secretSent || ua.isServer,
  );
  // `__identify.profileId` wins over payload.profileId (§12.9.1); extra keys also run an identify.
  const identity = properties.__identify as Record<string, unknown> | undefined;
  const identityProfile = identity?.profileId;
  const effective = identityProfile
    ? { ...payload, profileId: identityProfile as string }
    : payload;
  if (identity && typeof identity === 'object' && Object.keys(identity).length > 1) {
    const identifyUa = parseUserAgent(
      rawUa ?? 'unknown/1.0',
      identity.properties as Record<string, unknown>,
    );
    await identify(
      ctx,
      request.projectId,
      { ...identity, profileId: String(identity.profileId) },
      identifyUa,
      geo,
      new Date(request.receivedMs),
    );
  }
  const detached = ua.isServer || time.fromThePast;
  const base = buildTrackEvent(effective, properties, {
    projectId: request.projectId,
    eventMs: time.ms,
    deviceId: detached ? '' : ids.deviceId,
    sessionId: detached ? '' : ids.sessionId,
    ua,
    geo,
    sdkName: request.headers.get('openpanel-sdk-name') ?? '',
    sdkVersion: request.headers.get('openpanel-sdk-version') ?? '',
  });
  let rows: StoredEvent[];
  if (detached) {
    // Server-UA and backdated rows never touch sessions (§12.8.4); a server event with the profile of an
    // open browser session joins it and copies its device, referrer, exit page, device and geo columns.
    const profileId = effective.profileId === undefined ? '' : String(effective.profileId);
    const joined =
      profileId && !time.fromThePast
        ? state.sessions.sessionForProfile(request.projectId, profileId)
        : undefined;
    const o = joined?.opener;
    rows = [
      {
        ...base,
        device_id: joined?.deviceId ?? '',
        session_id: joined?.id ?? '',
        profile_id: profileId,
        referrer: joined?.referrer ?? '',
        referrer_name: joined?.referrerName ?? '',
        referrer_type: joined?.referrerType ?? '',
        ...(joined && o
          ? {
              path: joined.exitPath,
              origin: joined.exitOrigin,
              ...{
                os: o.os,
                os_version: o.os_version,
                browser: o.browser,
                browser_version: o.browser_version,
              },
              ...{
                device: o.device,
                brand: o.brand,
                model: o.model,
                country: o.country,
                city: o.city,
              },
            }
          : {}),
      },
    ];
  } else {
    rows = state.sessions.ingest(base, request.receivedMs);
  }
  await insertEvents(ctx.db, rows);
  await writeSessionProfiles(ctx, rows);
}

/**
 * The session reaper (§12.8.3): closes sessions whose last event was received more than 30 minutes
 * before `now`, writing their session_end rows. The emulator's timer is expected to call this every few
 * minutes; tests call it directly.
 */
export function reapSessions(ctx: EmulatorContext, now: Date): Promise<number> {
  const state = trackState(ctx);
  return state.serial(async () => {
    const rows = state.sessions.reap(now);
    await insertEvents(ctx.db, rows);
    await writeSessionProfiles(ctx, rows);
    return rows.length;
  });
}
