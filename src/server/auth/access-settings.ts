import type { Role } from '../../contract/bff-api.ts';
import { ConfigError, type ServerEnv } from '../config/server-env.ts';
import { isPasswordHash } from './password-hash.ts';

export interface AccessUser {
  name: string;
  role: Role;
  hash: string;
}

/** Who may log in. `open` = loopback with no settings: everyone is the local editor (local demo). */
export type AccessSettings =
  | { mode: 'open' }
  | { mode: 'password'; users: AccessUser[]; roleHashes: { role: Role; hash: string }[] };

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|localhost|\[::1\])$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/** `DASHBOARD_USERS=name:role:hash,…` and/or per-role hashes; refuses open access beyond loopback. */
export function accessSettingsFromEnv(env: ServerEnv): AccessSettings {
  const problems: string[] = [];
  const users: AccessUser[] = [];
  for (const entry of (env.DASHBOARD_USERS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name, role, hash, ...rest] = entry.split(':');
    if (
      !name ||
      (role !== 'viewer' && role !== 'editor') ||
      !hash ||
      rest.length > 0 ||
      !isPasswordHash(hash)
    ) {
      problems.push(
        `  - DASHBOARD_USERS: entry "${name ?? ''}:…" must be name:viewer|editor:<hash from npm run hash-password>`,
      );
      continue;
    }
    users.push({ name, role, hash });
  }
  const roleHashes: { role: Role; hash: string }[] = [];
  // Editor first: a password that matches both roles logs in with the stronger one.
  for (const [role, hash] of [
    ['editor', env.EDITOR_PASSWORD_HASH],
    ['viewer', env.VIEWER_PASSWORD_HASH],
  ] as const) {
    if (hash === undefined) continue;
    if (!isPasswordHash(hash))
      problems.push(
        `  - ${role.toUpperCase()}_PASSWORD_HASH: not a hash from npm run hash-password`,
      );
    else roleHashes.push({ role, hash });
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  if (users.length === 0 && roleHashes.length === 0) {
    if (!isLoopbackHost(env.HOST)) {
      throw new ConfigError(
        `Refusing to start: HOST=${env.HOST} is reachable beyond this machine and no access settings are set.\n` +
          '  Set DASHBOARD_USERS or VIEWER_PASSWORD_HASH / EDITOR_PASSWORD_HASH (see .env.example), or bind HOST=127.0.0.1.',
      );
    }
    return { mode: 'open' };
  }
  return { mode: 'password', users, roleHashes };
}
