import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '../store/event-writer.ts';
import { mintSessionId, SESSION_TIMEOUT_MS } from './visitor-ids.ts';

/** The server's Redis session record (§12.8.2), kept in memory: one per (project, device). */
export interface LiveSession {
  id: string;
  projectId: string;
  deviceId: string;
  /** The first profile id that differs from the device id, else "" (anonymous). */
  profileId: string;
  createdMs: number;
  endedMs: number;
  /** Wall-clock receive time of the last event: what the reaper looks at (§12.8.3). */
  lastReceivedMs: number;
  exitPath: string;
  exitOrigin: string;
  referrer: string;
  referrerName: string;
  referrerType: string;
  screenViews: number;
  /** The event that opened the session: the reaper's session_end takes its other columns from it. */
  opener: StoredEvent;
}

const sessionKey = (projectId: string, id: string) => `${projectId}\u0000${id}`;

/** `is_bounce` turns false only with ≥ 2 screen views; custom events never un-bounce (§12.8.2). */
const bounce = (session: LiveSession) => (session.screenViews >= 2 ? 'false' : 'true');

/**
 * Sessions as the worker keeps them (shared/openpanel-api.md §12.8), in memory and synchronous: the caller
 * serialises ingestion, so the API's id and the worker's decision always see the same state.
 */
export function createSessionTracker() {
  const sessions = new Map<string, LiveSession>();
  /** profile → device pointer, set once a browser session carried that profile (§12.8.4). */
  const byProfile = new Map<string, string>();

  const sessionEnd = (session: LiveSession, columns: StoredEvent): StoredEvent => ({
    ...columns,
    id: randomUUID(),
    name: 'session_end',
    device_id: session.deviceId,
    session_id: session.id,
    profile_id: session.profileId || columns.profile_id || session.deviceId,
    path: session.exitPath,
    duration: session.endedMs - session.createdMs,
    created_at: new Date(session.endedMs + 1000),
    properties: { ...columns.properties, __bounce: bounce(session) },
  });

  function open(event: StoredEvent, receivedMs: number): LiveSession {
    const session: LiveSession = {
      id: event.session_id,
      projectId: event.project_id,
      deviceId: event.device_id,
      profileId: '',
      createdMs: event.created_at.getTime(),
      endedMs: event.created_at.getTime(),
      lastReceivedMs: receivedMs,
      exitPath: event.path,
      exitOrigin: event.origin,
      referrer: event.referrer,
      referrerName: event.referrer_name,
      referrerType: event.referrer_type,
      screenViews: 0,
      opener: event,
    };
    sessions.set(sessionKey(event.project_id, event.device_id), session);
    return session;
  }

  return {
    /**
     * The ids the API answers with (§12.8.1): a candidate device whose session is live (event time minus
     * its last event < 30 min, negative for late events) keeps that session's id; otherwise a fresh
     * deterministic id for the first candidate.
     */
    resolveIds(projectId: string, candidates: string[], eventMs: number) {
      for (const deviceId of candidates) {
        const live = sessions.get(sessionKey(projectId, deviceId));
        if (live && eventMs - live.endedMs < SESSION_TIMEOUT_MS) {
          return { deviceId, sessionId: live.id };
        }
      }
      const deviceId = candidates[0]!;
      return { deviceId, sessionId: mintSessionId(projectId, deviceId, eventMs) };
    },

    /** The open session a server-UA event with this profile joins (no idle check, §12.8.4). */
    sessionForProfile(projectId: string, profileId: string): LiveSession | undefined {
      const deviceKey = byProfile.get(sessionKey(projectId, profileId));
      return deviceKey === undefined ? undefined : sessions.get(deviceKey);
    },

    /**
     * A browser event (§12.8.2): opens, extends or replaces the device's session. Returns the rows to
     * store, in order: the old session's session_end (boundary), session_start, the event itself with the
     * session's entry referrer.
     */
    ingest(event: StoredEvent, receivedMs: number): StoredEvent[] {
      const key = sessionKey(event.project_id, event.device_id);
      const eventMs = event.created_at.getTime();
      const existing = sessions.get(key);
      const rows: StoredEvent[] = [];
      let session: LiveSession;
      // The worker's test is `> 30 min` where the API's is `< 30 min`: at exactly 30:00.000 the event
      // extends the old session under the API's new id (§12.8.2, an upstream edge case kept as is).
      if (!existing || eventMs - existing.endedMs > SESSION_TIMEOUT_MS) {
        // On a boundary the old session's end copies the NEW event's columns and properties (§12.8.3).
        if (existing) rows.push(sessionEnd(existing, event));
        session = open(event, receivedMs);
        rows.push({
          ...event,
          id: randomUUID(),
          name: 'session_start',
          created_at: new Date(eventMs - 100),
        });
      } else {
        session = existing;
        if (eventMs >= session.endedMs) {
          session.endedMs = eventMs;
          session.exitPath = event.path;
          session.exitOrigin = event.origin;
        }
        if (eventMs < session.createdMs) session.createdMs = eventMs;
        session.lastReceivedMs = receivedMs;
      }
      if (event.name === 'screen_view' && event.path !== '') session.screenViews += 1;
      if (event.profile_id !== '' && event.profile_id !== event.device_id) {
        session.profileId = event.profile_id;
        byProfile.set(sessionKey(event.project_id, event.profile_id), key);
      }
      rows.push({
        ...event,
        referrer: session.referrer || event.referrer,
        referrer_name: session.referrerName || event.referrer_name,
        referrer_type: session.referrerType || event.referrer_type,
      });
      return rows;
    },

    /**
     * The reaper (§12.8.3): closes every session whose last event was RECEIVED more than 30 min before
     * `now`. Its session_end takes the session's columns, only `__bounce` as a property, and no SDK.
     */
    reap(now: Date): StoredEvent[] {
      const rows: StoredEvent[] = [];
      for (const [key, session] of sessions) {
        if (now.getTime() - session.lastReceivedMs <= SESSION_TIMEOUT_MS) continue;
        sessions.delete(key);
        const columns: StoredEvent = {
          ...session.opener,
          origin: session.exitOrigin,
          referrer: session.referrer,
          referrer_name: session.referrerName,
          referrer_type: session.referrerType,
          properties: {},
          sdk_name: '',
          sdk_version: '',
          revenue: 0,
        };
        rows.push(sessionEnd(session, columns));
      }
      for (const [profileKey, deviceKey] of byProfile) {
        if (!sessions.has(deviceKey)) byProfile.delete(profileKey);
      }
      return rows;
    },
  };
}
export type SessionTracker = ReturnType<typeof createSessionTracker>;
