import { randomBytes } from 'node:crypto';
import type { Role } from '../../contract/bff-api.ts';
import type { AccessSettings } from './access-settings.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';

/** A throwaway hash per cost setting, verified in place of a missing one (see below). */
const decoys = new Map<string, Promise<string>>();

function decoyLike(stored: string): Promise<string> {
  const [, n, r, p] = stored.split('$');
  const id = `${n}$${r}$${p}`;
  let decoy = decoys.get(id);
  if (!decoy) {
    decoy = hashPassword(randomBytes(16).toString('base64url'), {
      n: Number(n),
      r: Number(r),
      p: Number(p),
    });
    decoys.set(id, decoy);
  }
  return decoy;
}

/**
 * The user whose password matches: a named user (DASHBOARD_USERS) by their own hash, any other name by the
 * per-role hashes (editor first). Every attempt runs the SAME number of scrypt checks, 1 + the number of
 * role hashes, whether or not the name exists, so the answer time does not reveal who has an account.
 */
export async function authenticateLogin(
  access: AccessSettings,
  username: string,
  password: string,
): Promise<{ name: string; role: Role } | null> {
  if (access.mode !== 'password') return null;
  const first = access.users[0]?.hash ?? access.roleHashes[0]?.hash;
  if (first === undefined) return null;
  const user = access.users.find((u) => u.name === username);
  const userOk = await verifyPassword(password, user?.hash ?? (await decoyLike(first)));
  let roleMatch: Role | null = null;
  for (const { role, hash } of access.roleHashes) {
    // A named user never logs in through a role password; the check still runs for equal timing.
    const ok = await verifyPassword(password, user ? await decoyLike(hash) : hash);
    if (ok && roleMatch === null && !user) roleMatch = role;
  }
  if (user) return userOk ? { name: user.name, role: user.role } : null;
  return roleMatch ? { name: username, role: roleMatch } : null;
}
