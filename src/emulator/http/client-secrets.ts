import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pw: string, salt: string, len: number) => Promise<Buffer>;

/** Stored like the real server: `<32 hex salt>.<64 hex scrypt>`; list/get responses return this hash. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  const key = await scryptAsync(secret, salt, 32);
  return `${salt}.${key.toString('hex')}`;
}

// scrypt costs ~50 ms per call; a verified (hash, secret) pair is remembered so that a burst of
// requests is not CPU-bound. Keyed by a digest so no plaintext secret is held in the map.
const verified = new Map<string, boolean>();

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const cacheKey = createHash('sha256').update(stored).update('\0').update(secret).digest('hex');
  const cached = verified.get(cacheKey);
  if (cached !== undefined) return cached;
  const [salt, hashHex] = stored.split('.');
  if (!salt || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scryptAsync(secret, salt, 32);
  const ok = expected.length === actual.length && timingSafeEqual(expected, actual);
  if (verified.size > 10_000) verified.clear();
  verified.set(cacheKey, ok);
  return ok;
}

/** New plaintext secrets look like the server's: `sec_` + 20 hex characters. */
export const newClientSecret = () => `sec_${randomBytes(10).toString('hex')}`;
