import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from './start-emulator.ts';

const dir = mkdtempSync(join(tmpdir(), 'start-emulator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = async (emulator: Awaited<ReturnType<typeof startEmulator>>) =>
  emulator.ctx.db.all<{ value: string }>(
    "SELECT value FROM emulator_meta WHERE key = 'demo.generated_until'",
  );

describe('startEmulator', () => {
  it('serves on the real port behind port 0, with the demo data loaded, and reuses the database later', async () => {
    const lines: string[] = [];
    const first = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      events: 2_000,
      now: '2026-08-22T12:00:00.000Z',
      log: (line) => lines.push(line),
    });
    try {
      expect(first.port).toBeGreaterThan(0);
      expect(first.url).toBe(`http://127.0.0.1:${first.port}`);
      const health = await fetch(`${first.url}/healthcheck`);
      expect(await health.json()).toEqual({ ready: true });
      expect(first.ctx.now().toISOString()).toBe('2026-08-22T12:00:00.000Z');
      expect(first.ctx.exportFunnel).toBe(true);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^\[emulator\] demo data \(initial\): \d+ events/);
    } finally {
      await first.close();
    }

    lines.length = 0;
    const second = await startEmulator({
      port: 0,
      dataDir: dir,
      now: '2026-08-24T12:00:00.000Z',
      exportFunnel: false,
      log: (line) => lines.push(line),
    });
    try {
      expect(lines[0]).toMatch(/^\[emulator\] demo data \(catch-up\): \d+ events/);
      expect(await meta(second)).toEqual([{ value: '2026-08-24T12:00:00.000Z' }]);
      expect(second.ctx.exportFunnel).toBe(false);
    } finally {
      await second.close();
    }
  });
});
