import { describe, expect, it } from 'vitest';
import { accessSettingsFromEnv } from '../auth/access-settings.ts';
import { parseServerEnv } from './server-env.ts';

describe('parseServerEnv', () => {
  it('applies the documented defaults', () => {
    expect(parseServerEnv({})).toMatchObject({
      OPENPANEL_API_URL: 'https://api.openpanel.dev',
      OPENPANEL_TIMEZONE: 'UTC',
      PORT: 3000,
      HOST: '127.0.0.1',
      CACHE_TTL_MS: 30_000,
      UPSTREAM_TIMEOUT_MS: 15_000,
      SESSION_TTL_HOURS: 12,
    });
  });

  it('lists every problem at once', () => {
    expect(() =>
      parseServerEnv({
        PORT: 'abc',
        OPENPANEL_TIMEZONE: 'Mars/Base',
        OPENPANEL_CLIENT_ID: 'x',
        OPENPANEL_API_URL: 'ftp://x',
      }),
    ).toThrow(
      [
        'Invalid configuration:',
        '  - OPENPANEL_API_URL: must be an http(s) URL',
        '  - OPENPANEL_TIMEZONE: is not an IANA time zone (for example Europe/Stockholm)',
        '  - PORT: must be a whole number',
        '  - OPENPANEL_CLIENT_SECRET: set both OPENPANEL_CLIENT_ID and OPENPANEL_CLIENT_SECRET, or neither (demo mode)',
      ].join('\n'),
    );
  });

  it('refuses open access beyond loopback and allows it on loopback', () => {
    expect(accessSettingsFromEnv(parseServerEnv({}))).toEqual({ mode: 'open' });
    expect(() => accessSettingsFromEnv(parseServerEnv({ HOST: '0.0.0.0' }))).toThrow(
      /Refusing to start: HOST=0.0.0.0/,
    );
    expect(() =>
      accessSettingsFromEnv(parseServerEnv({ HOST: '0.0.0.0', DASHBOARD_USERS: 'ann:admin:x' })),
    ).toThrow(/DASHBOARD_USERS/);
  });

  it('takes an optional redis:// REDIS_URL and rejects other schemes', () => {
    expect(parseServerEnv({}).REDIS_URL).toBeUndefined();
    expect(parseServerEnv({ REDIS_URL: ' ' }).REDIS_URL).toBeUndefined();
    expect(parseServerEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe(
      'redis://127.0.0.1:6379',
    );
    expect(() => parseServerEnv({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      'Invalid configuration:\n  - REDIS_URL: must be a redis:// or rediss:// URL',
    );
  });
});
