import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

/** Validation, auth and project access of `GET /export/charts` (§1.1, §1.3, §2, §5.1). */
let emu: TestEmulator;

beforeAll(async () => {
  emu = await createTestEmulator({
    events: [{ name: 'screen_view', created_at: new Date('2026-08-22T10:00:00Z') }],
  });
});
afterAll(() => emu.close());

const series = encodeURIComponent(JSON.stringify([{ name: 'screen_view' }]));

async function json(res: Response) {
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('GET /export/charts validation (§5.1)', () => {
  it('rejects an unknown range with the enum listed in server order', async () => {
    expect(await json(await emu.get(`/export/charts?range=last_7_days`, 'read'))).toEqual({
      status: 400,
      body: {
        status: 400,
        error: 'Error',
        message:
          'querystring/range Invalid option: expected one of "30min"|"lastHour"|"last24h"|"today"|"yesterday"|"7d"|"30d"|"3m"|"6m"|"12m"|"monthToDate"|"lastMonth"|"yearToDate"|"lastYear"|"custom"',
      },
    });
  });

  it('accepts only the literals true/false for previous', async () => {
    const res = await emu.get(`/export/charts?series=${series}&previous=1`, 'read');
    expect(await json(res)).toEqual({
      status: 400,
      body: {
        status: 400,
        error: 'Error',
        message: 'querystring/previous Invalid input: expected boolean, received number',
      },
    });
  });

  it('lists the segments for a bad one', async () => {
    const bad = encodeURIComponent(JSON.stringify([{ name: 'screen_view', segment: 'users' }]));
    const res = await emu.get(`/export/charts?series=${bad}`, 'read');
    expect(await json(res)).toEqual({
      status: 400,
      body: {
        status: 400,
        error: 'Error',
        message:
          'querystring/series/0/segment Invalid option: expected one of "event"|"user"|"session"|"group"|"user_average"|"one_event_per_user"|"property_sum"|"property_average"|"property_max"|"property_min"',
      },
    });
  });

  it('rejects a digits-only date, which coercion turns into a number', async () => {
    const res = await emu.get(`/export/charts?startDate=20240401&endDate=20240430`, 'read');
    expect((await json(res)).body).toEqual({
      status: 400,
      error: 'Error',
      message:
        'querystring/startDate Invalid input: expected string, received number, querystring/endDate Invalid input: expected string, received number',
    });
  });

  it('validates before it authenticates', async () => {
    const res = await emu.request('/export/charts?range=90d');
    expect(res.status).toBe(400);
  });
});

describe('GET /export/charts auth and project (§2)', () => {
  it('answers 401 without credentials', async () => {
    expect(await json(await emu.request(`/export/charts?series=${series}`))).toEqual({
      status: 401,
      body: { error: 'Unauthorized', message: 'Export: Client ID must be a valid UUIDv4' },
    });
  });

  it('answers 401 to a write client', async () => {
    expect(await json(await emu.get(`/export/charts?series=${series}`, 'write'))).toEqual({
      status: 401,
      body: { error: 'Unauthorized', message: 'Export: Client is not allowed to export' },
    });
  });

  it('answers 403 to a read client asking for another project', async () => {
    const res = await emu.get(`/export/charts?series=${series}&projectId=blog`, 'read');
    expect(await json(res)).toEqual({
      status: 403,
      body: { status: 403, message: 'You do not have access to this project' },
    });
  });

  it('requires a project from a root client and serves any project of its organization', async () => {
    expect(await json(await emu.get(`/export/charts?series=${series}`, 'root'))).toEqual({
      status: 400,
      body: { status: 400, message: 'project_id or projectId is required' },
    });
    const demo = await emu.get(`/export/charts?series=${series}&project_id=demo&range=today`);
    expect((await json(demo)).body).toMatchObject({ series: [{ id: 'screenview-a-screenview' }] });
    const blog = await emu.get(`/export/charts?series=${series}&projectId=blog&project_id=demo`);
    expect(await json(blog)).toEqual({
      status: 200,
      body: { series: [], metrics: { sum: 0, average: 0, min: 0, max: 0 } },
    });
    expect((await emu.get(`/export/charts?projectId=nope`)).status).toBe(404);
  });

  it('sends the export rate-limit headers', async () => {
    const res = await emu.get(`/export/charts?series=${series}`, 'read');
    expect(res.headers.get('x-ratelimit-limit')).toBe('100');
  });
});
