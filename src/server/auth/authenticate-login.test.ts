import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessSettings } from './access-settings.ts';
import { authenticateLogin } from './authenticate-login.ts';
import type * as passwordHash from './password-hash.ts';
import { hashPassword } from './password-hash.ts';

// Counts scrypt checks: the number must not depend on whether the user name exists.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('./password-hash.ts', async (importOriginal) => {
  const real = await importOriginal<typeof passwordHash>();
  return {
    ...real,
    verifyPassword: (password: string, stored: string) => {
      checks.count += 1;
      return real.verifyPassword(password, stored);
    },
  };
});

const LOW_COST = { n: 1024, r: 8, p: 1 };
let usersOnly: AccessSettings;
let both: AccessSettings;

beforeAll(async () => {
  const users = [
    { name: 'ed', role: 'editor' as const, hash: await hashPassword('ed-pw', LOW_COST) },
  ];
  usersOnly = { mode: 'password', users, roleHashes: [] };
  both = {
    mode: 'password',
    users,
    roleHashes: [
      { role: 'editor', hash: await hashPassword('team-edit', LOW_COST) },
      { role: 'viewer', hash: await hashPassword('team-view', LOW_COST) },
    ],
  };
});
beforeEach(() => {
  checks.count = 0;
});

describe('authenticateLogin', () => {
  it('logs a named user in with their own password only', async () => {
    expect(await authenticateLogin(both, 'ed', 'ed-pw')).toEqual({ name: 'ed', role: 'editor' });
    expect(await authenticateLogin(both, 'ed', 'team-view')).toBeNull();
  });

  it('logs any other name in with a role password, editor first', async () => {
    expect(await authenticateLogin(both, 'guest', 'team-view')).toEqual({
      name: 'guest',
      role: 'viewer',
    });
    expect(await authenticateLogin(both, 'guest', 'team-edit')).toEqual({
      name: 'guest',
      role: 'editor',
    });
    expect(await authenticateLogin(usersOnly, 'guest', 'ed-pw')).toBeNull();
  });

  it('runs one scrypt check per attempt with only named users, known name or not', async () => {
    await authenticateLogin(usersOnly, 'ed', 'wrong');
    expect(checks.count).toBe(1);
    await authenticateLogin(usersOnly, 'nobody', 'wrong');
    expect(checks.count).toBe(2);
  });

  it('runs 1 + role-hash checks per attempt with role passwords too, known name or not', async () => {
    await authenticateLogin(both, 'ed', 'wrong');
    expect(checks.count).toBe(3);
    await authenticateLogin(both, 'nobody', 'wrong');
    expect(checks.count).toBe(6);
    await authenticateLogin(both, 'nobody', 'team-edit');
    expect(checks.count).toBe(9);
  });
});
