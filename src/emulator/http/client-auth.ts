import type { EmulatorDb } from '../store/emulator-db.ts';
import { verifySecret } from './client-secrets.ts';

export type ClientType = 'read' | 'write' | 'root';

export interface ClientRow {
  id: string;
  name: string;
  secret: string | null;
  type: ClientType;
  project_id: string | null;
  organization_id: string;
  ignore_cors_and_secret: boolean;
}

/** Which router is asking: decides the message prefix and which client types pass (§2, §13). */
export type AuthScope = 'export' | 'manage' | 'import';

const PREFIX: Record<AuthScope, string> = { export: 'Export', manage: 'Manage', import: 'Import' };
const TYPE_DENIED: Record<AuthScope, string> = {
  export: 'Client is not allowed to export',
  manage: 'Only root clients are allowed to manage resources',
  import: 'Client is not allowed to import',
};

// Lowercase hex only and no version check, despite the "UUIDv4" wording of the message (§2.1).
const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type AuthResult = { ok: true; client: ClientRow } | { ok: false; message: string };

/** The checks of §2.1 in order; the first failure wins. */
export async function authenticateClient(
  db: EmulatorDb,
  headers: Headers,
  scope: AuthScope,
): Promise<AuthResult> {
  const fail = (reason: string): AuthResult => ({
    ok: false,
    message: `${PREFIX[scope]}: ${reason}`,
  });
  const id = headers.get('openpanel-client-id') ?? '';
  if (!CLIENT_ID.test(id)) return fail('Client ID must be a valid UUIDv4');
  const [client] = await db.all<ClientRow>('SELECT * FROM clients WHERE id = ?', [id]);
  if (!client) return fail('Invalid client id');
  if (!client.secret) return fail('Client has no secret');
  const typeAllowed = scope === 'manage' ? client.type === 'root' : client.type !== 'write';
  if (!typeAllowed) return fail(TYPE_DENIED[scope]);
  const secret = headers.get('openpanel-client-secret') ?? '';
  if (!(await verifySecret(secret, client.secret))) return fail('Invalid client secret');
  return { ok: true, client };
}
