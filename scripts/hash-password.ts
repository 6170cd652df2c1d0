import { createInterface } from 'node:readline/promises';
import { hashPassword } from '../src/server/auth/password-hash.ts';

/**
 * `npm run hash-password` prints an scrypt hash for DASHBOARD_USERS / VIEWER_PASSWORD_HASH /
 * EDITOR_PASSWORD_HASH. The password is read from stdin (not argv, which other users can see in `ps`).
 */
async function main() {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write('Password: ');
  const password = (await rl[Symbol.asyncIterator]().next()).value as string | undefined;
  rl.close();
  if (!password) {
    process.stderr.write('\nNo password given.\n');
    process.exit(1);
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
}

void main();
