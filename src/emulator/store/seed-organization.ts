import { hashSecret } from '../http/client-secrets.ts';
import type { EmulatorDb } from './emulator-db.ts';

/** The fixed, documented demo credentials (local-only demo; see README). */
export const DEMO_ORGANIZATION_ID = 'org_demo';
export const DEMO_PROJECT_ID = 'demo';
export const SECOND_PROJECT_ID = 'blog';
export const DEMO_CLIENTS = {
  root: { id: 'a0000000-0000-4000-8000-000000000001', secret: 'demo-root-secret' },
  read: { id: 'a0000000-0000-4000-8000-000000000002', secret: 'demo-read-secret' },
  write: { id: 'a0000000-0000-4000-8000-000000000003', secret: 'demo-write-secret' },
} as const;

export interface SeedOptions {
  timezone: string;
  now: Date;
}

/**
 * Creates the demo organization, its two projects and the three fixed clients if they are missing.
 * Idempotent: a restart keeps whatever the API changed since (renamed projects, extra clients).
 */
export async function seedOrganization(db: EmulatorDb, { timezone, now }: SeedOptions) {
  await db.run(
    `INSERT INTO organizations (id, name, timezone) VALUES (?, 'Demo Organization', ?)
     ON CONFLICT (id) DO UPDATE SET timezone = excluded.timezone`,
    [DEMO_ORGANIZATION_ID, timezone],
  );
  // Project lists are newest first (§8.2): the blog is made a minute older so the shop leads the picker.
  const projects: [string, string, string, string[], number][] = [
    [DEMO_PROJECT_ID, 'Demo Shop', 'https://shop.example.com', ['website'], 0],
    [SECOND_PROJECT_ID, 'Company Blog', 'https://blog.example.com', ['website'], 60_000],
  ];
  const created = now.toISOString();
  for (const [id, name, domain, types, age] of projects) {
    const projectCreated = new Date(now.getTime() - age).toISOString();
    await db.run(
      `INSERT INTO projects (id, name, organization_id, types, domain, cors, created_at, updated_at)
       VALUES (?, ?, ?, ?::VARCHAR[], ?, [?]::VARCHAR[], ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)
       ON CONFLICT (id) DO NOTHING`,
      [
        id,
        name,
        DEMO_ORGANIZATION_ID,
        JSON.stringify(types),
        domain,
        domain,
        projectCreated,
        projectCreated,
      ],
    );
  }
  const clients = [
    { ...DEMO_CLIENTS.root, name: 'Demo root', type: 'root', projectId: null },
    { ...DEMO_CLIENTS.read, name: 'Demo read', type: 'read', projectId: DEMO_PROJECT_ID },
    { ...DEMO_CLIENTS.write, name: 'Demo write', type: 'write', projectId: DEMO_PROJECT_ID },
  ];
  for (const client of clients) {
    const [exists] = await db.all('SELECT 1 FROM clients WHERE id = ?', [client.id]);
    if (exists) continue;
    await db.run(
      `INSERT INTO clients (id, name, secret, type, project_id, organization_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?::TIMESTAMP_MS, ?::TIMESTAMP_MS)`,
      [
        client.id,
        client.name,
        await hashSecret(client.secret),
        client.type,
        client.projectId,
        DEMO_ORGANIZATION_ID,
        created,
        created,
      ],
    );
  }
}
