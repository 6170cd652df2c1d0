import { createHash } from 'node:crypto';

/** SESSION_TIMEOUT_MS, the server's default (§12.8). */
export const SESSION_TIMEOUT_MS = 30 * 60_000;
/** A new id's bucket leans to the previous one in its first 5 s (`min(5000, timeout / 6)`, §12.8.1). */
const SESSION_GRACE_MS = Math.min(5_000, Math.floor(SESSION_TIMEOUT_MS / 6));

const DAY_MS = 86_400_000;

/**
 * The real salts are secret random values rotated at midnight, so real hashes cannot be reproduced
 * (§12.7.1). The emulator derives the day's salt from the UTC date instead: ids stay opaque and stable per
 * (UA, IP, project, UTC day), and restarts do not change them.
 */
function dailySalt(dayStartMs: number): string {
  const day = new Date(dayStartMs).toISOString().slice(0, 10);
  return createHash('sha256').update(`openpanel-emulator-salt:${day}`).digest('hex');
}

/** 32 lowercase hex characters over `<ua>:<ip>:<projectId>:<salt>` (§12.7.1); SHA-256 stands in for SHAKE-256. */
function hashDeviceId(ua: string, ip: string, projectId: string, salt: string): string {
  return createHash('sha256').update(`${ua}:${ip}:${projectId}:${salt}`).digest('hex').slice(0, 32);
}

/**
 * The two candidates the API weighs (§12.7.1): today's id and yesterday's, so a session that is live across
 * midnight keeps its id. A missing UA hashes as `unknown/1.0`.
 */
export function deviceIdCandidates(
  ua: string | null,
  ip: string,
  projectId: string,
  receivedMs: number,
): [current: string, previous: string] {
  const today = Math.floor(receivedMs / DAY_MS) * DAY_MS;
  const agent = ua ?? 'unknown/1.0';
  return [
    hashDeviceId(agent, ip, projectId, dailySalt(today)),
    hashDeviceId(agent, ip, projectId, dailySalt(today - DAY_MS)),
  ];
}

/**
 * The deterministic id of a new session (§12.8.1): base64url of the first 16 bytes of SHA-256 over
 * `sess:v1:<projectId>:<deviceId>:<bucket>`, 30-minute buckets, minus one in a bucket's first 5 s.
 */
export function mintSessionId(projectId: string, deviceId: string, eventMs: number): string {
  const bucket = Math.floor(eventMs / SESSION_TIMEOUT_MS);
  const offset = eventMs - bucket * SESSION_TIMEOUT_MS;
  const chosen = offset < SESSION_GRACE_MS ? bucket - 1 : bucket;
  const digest = createHash('sha256').update(`sess:v1:${projectId}:${deviceId}:${chosen}`).digest();
  return digest.subarray(0, 16).toString('base64url');
}
