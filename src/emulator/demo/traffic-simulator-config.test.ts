import { describe, expect, it } from 'vitest';
import { emulatorConfig } from '../emulator-config.ts';

describe('EMULATOR_SIMULATOR / EMULATOR_SIMULATOR_RATE', () => {
  it('runs the simulator by default only when the clock is real, at 4 visits a minute', () => {
    expect(emulatorConfig({})).toMatchObject({ simulator: true, simulatorRate: 4 });
    expect(emulatorConfig({ EMULATOR_NOW: '2026-08-22T12:00:00Z' })).toMatchObject({
      simulator: false,
    });
  });

  it('reads explicit values, which win over the clock-based default', () => {
    expect(
      emulatorConfig({
        EMULATOR_NOW: '2026-08-22T12:00:00Z',
        EMULATOR_SIMULATOR: '1',
        EMULATOR_SIMULATOR_RATE: '12',
      }),
    ).toMatchObject({ simulator: true, simulatorRate: 12 });
    expect(emulatorConfig({ EMULATOR_SIMULATOR: '0' })).toMatchObject({ simulator: false });
  });

  it('rejects bad values with one line each', () => {
    expect(() =>
      emulatorConfig({ EMULATOR_SIMULATOR: 'yes', EMULATOR_SIMULATOR_RATE: '601' }),
    ).toThrow(
      [
        'Invalid emulator configuration:',
        '  EMULATOR_SIMULATOR: must be 1 or 0',
        '  EMULATOR_SIMULATOR_RATE: must be at most 600',
      ].join('\n'),
    );
  });
});
