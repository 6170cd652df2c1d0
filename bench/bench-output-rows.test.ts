import { describe, expect, it } from 'vitest';
import { bffRows, emulatorRows, funnelRows, sizeRows } from './bench-output-rows.ts';

describe('sizeRows', () => {
  it('reads size-limit --json after npm noise, in kB of 1,000 bytes', () => {
    const out =
      'npm warn something\n[{"name":"x","passed":false,"size":275168,"sizeLimit":260000}]';
    expect(sizeRows(out)).toEqual([
      {
        figure: 'JS shipped for the chart page (gzip, size-limit)',
        goal: '≤ 260 kB',
        measured: '275.2 kB',
        status: 'fail',
      },
    ]);
  });

  it('passes at the limit and fails loudly without output', () => {
    expect(sizeRows('[{"size":260000,"sizeLimit":260000}]')[0]?.status).toBe('pass');
    expect(sizeRows('Error: no dist')[0]).toMatchObject({
      measured: 'no result (see the log)',
      status: 'fail',
    });
  });
});

describe('emulatorRows', () => {
  it('keeps generation, restart and every request case, bold statuses failing', () => {
    const out = [
      '| step | value |',
      '|---|---|',
      '| generate + load | 1,000,000 events, 50,000 profiles in 31.2 s |',
      '| later start (reuse, no catch-up) | 0.52 s |',
      '| request (root client, project demo) | n | p50 ms | p95 ms | status |',
      '|---|---|---|---|---|',
      '| charts 30d/day screen_view | 30 | 45.1 | 60.2 | 200×30 |',
      '| events page 100 (limit 50) | 3 | 12.0 | 13.0 | **404×3** |',
    ].join('\n');
    expect(emulatorRows(out)).toEqual([
      {
        figure: 'Emulator: generate + load',
        goal: '–',
        measured: '1,000,000 events, 50,000 profiles in 31.2 s',
        status: 'info',
      },
      {
        figure: 'Emulator: later start (reuse, no catch-up)',
        goal: '–',
        measured: '0.52 s',
        status: 'info',
      },
      {
        figure: 'Emulator: charts 30d/day screen_view',
        goal: '–',
        measured: 'p50 45.1 ms, p95 60.2 ms (30 requests)',
        status: 'info',
      },
      {
        figure: 'Emulator: events page 100 (limit 50)',
        goal: '–',
        measured: 'p50 12.0 ms, p95 13.0 ms (3 requests)',
        status: 'fail',
      },
    ]);
  });
});

describe('bffRows', () => {
  it('checks uncached BFF rows against 0.8× and the cached row against 5×', () => {
    const md = [
      '| case | req/s | p50 ms | p99 ms | non-2xx | vs direct | emulator CPU ms/req | BFF CPU ms/req | CPU-bound ratio |',
      '| ---- | ----- | ------ | ------ | ------- | --------- | --- | --- | --- |',
      '| direct, a new real chart each time | 104 | 188 | 274 | 0 | 1.00× | 10.92 | – | – |',
      '| BFF uncached, a new real chart each time  | 79    | 206 | 340 | 0 | 0.76×   | 11.61 | 0.94 | 0.87× |',
      '| BFF cached, one repeated chart | 11627 | 1 | 8 | 0 | 128.48× | 0.00 | 0.05 | 200.69× |',
    ].join('\n');
    expect(bffRows(md)).toEqual([
      {
        figure: 'BFF uncached, a new real chart each time (req/s vs direct)',
        goal: '≥ 0.8×',
        measured: '0.76× (79 req/s, p50 206 ms, p99 340 ms)',
        status: 'fail',
      },
      {
        figure: 'BFF cached, one repeated chart (req/s vs direct)',
        goal: '≥ 5×',
        measured: '128.48× (11627 req/s, p50 1 ms, p99 8 ms)',
        status: 'pass',
      },
    ]);
  });
});

describe('funnelRows', () => {
  it('keeps the 4-step funnels of both data sets and fails a mismatch', () => {
    const out = [
      '| data | funnel | before p50 / p95 ms | after p50 / p95 ms | users per step |',
      '|---|---|---|---|---|',
      '| demo | 2 steps session_start → add_to_cart | 300 / 310 | 40.1 / 45.0 | 900, 300 |',
      '| demo | 4 steps, groupBy=profile_id | 500 / 520 | 80.0 / 90.0 | 9, 5, 3, 1 |',
      '| dense | 4 steps, groupBy=profile_id | 600 / 620 | 95.5 / 99.0 | **MISMATCH** before 1 after 2 |',
    ].join('\n');
    expect(funnelRows(out)).toEqual([
      {
        figure: 'Funnel (demo): 4 steps, groupBy=profile_id',
        goal: '–',
        measured: 'p50 / p95 80.0 / 90.0 ms',
        status: 'info',
      },
      {
        figure: 'Funnel (dense): 4 steps, groupBy=profile_id',
        goal: '–',
        measured: 'p50 / p95 95.5 / 99.0 ms',
        status: 'fail',
      },
    ]);
  });

  it('says so when the bench printed no table', () => {
    expect(funnelRows('Error: boom')).toEqual([
      {
        figure: 'Funnel benchmark',
        goal: '–',
        measured: 'no result (see the log)',
        status: 'fail',
      },
    ]);
  });
});
