import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, emulatorConfig } from './emulator-config.ts';

describe('emulatorConfig', () => {
  it('uses the documented defaults when nothing is set (blank counts as unset)', () => {
    expect(emulatorConfig({ EMULATOR_NOW: '  ' })).toEqual({
      port: 3333,
      host: '127.0.0.1',
      dataDir: DEFAULT_DATA_DIR,
      events: 1_000_000,
      seed: 42,
      timezone: 'UTC',
      now: undefined,
      faults: false,
      exportFunnel: true,
      simulator: true,
      simulatorRate: 4,
    });
    expect(DEFAULT_DATA_DIR.endsWith('/.data/emulator')).toBe(true);
  });

  it('reads every variable', () => {
    expect(
      emulatorConfig({
        EMULATOR_PORT: '0',
        EMULATOR_HOST: '0.0.0.0',
        EMULATOR_DATA: ':memory:',
        EMULATOR_EVENTS: '5000',
        EMULATOR_SEED: '7',
        EMULATOR_TIMEZONE: 'America/New_York',
        EMULATOR_NOW: '2026-08-22T12:00:00.000Z',
        EMULATOR_FAULTS: '1',
        EMULATOR_EXPORT_FUNNEL: '0',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: ':memory:',
      events: 5000,
      seed: 7,
      timezone: 'America/New_York',
      now: '2026-08-22T12:00:00.000Z',
      faults: true,
      exportFunnel: false,
      simulator: false,
      simulatorRate: 4,
    });
  });

  it('fails with one readable line per bad variable', () => {
    expect(() =>
      emulatorConfig({
        EMULATOR_PORT: '70000',
        EMULATOR_EVENTS: '1.5',
        EMULATOR_TIMEZONE: 'Mars/Olympus',
        EMULATOR_NOW: 'yesterday',
        EMULATOR_FAULTS: 'yes',
      }),
    ).toThrow(
      [
        'Invalid emulator configuration:',
        '  EMULATOR_PORT: must be at most 65535',
        '  EMULATOR_EVENTS: must be a whole number',
        '  EMULATOR_TIMEZONE: is not an IANA time zone (for example Europe/Stockholm)',
        '  EMULATOR_NOW: must be an ISO date-time such as 2026-08-22T12:00:00Z',
        '  EMULATOR_FAULTS: must be 1 or 0',
      ].join('\n'),
    );
  });
});
