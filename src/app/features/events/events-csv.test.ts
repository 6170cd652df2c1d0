import { describe, expect, it } from 'vitest';
import type { ExportEvent } from '../../../contract/openpanel-events.ts';
import { csvColumns, csvField, csvHeader, csvRow } from './events-csv.ts';

const event: ExportEvent = {
  id: 'e1',
  name: 'signup',
  deviceId: 'd-1',
  profileId: 'user_1',
  projectId: 'demo',
  sessionId: '',
  properties: { plan: 'pro, yearly', note: 'say "hi"\nbye' },
  createdAt: '2026-11-20T11:00:00.000Z',
  country: 'SE',
  city: 'Stockholm',
  os: 'macOS',
  browser: 'Chrome',
  path: '/signup',
  revenue: 0,
  groups: [],
};

describe('events CSV', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(['a', 'b'])).toBe('"[""a"",""b""]"');
  });

  it('has the default columns, plus the included ones in the server order', () => {
    expect(csvColumns([])).toEqual([
      'id',
      'name',
      'deviceId',
      'profileId',
      'projectId',
      'sessionId',
      'createdAt',
      'country',
      'city',
      'os',
      'browser',
      'path',
      'groups',
    ]);
    expect(csvColumns(['revenue', 'properties', 'device'])).toEqual([
      'id',
      'name',
      'deviceId',
      'profileId',
      'projectId',
      'sessionId',
      'properties',
      'createdAt',
      'country',
      'city',
      'os',
      'browser',
      'device',
      'path',
      'revenue',
      'groups',
    ]);
  });

  it('writes CRLF lines with objects as JSON', () => {
    const columns = csvColumns(['properties', 'revenue']);
    expect(csvHeader(columns)).toBe(
      'id,name,deviceId,profileId,projectId,sessionId,properties,createdAt,country,city,os,browser,path,revenue,groups\r\n',
    );
    expect(csvRow(event, columns)).toBe(
      'e1,signup,d-1,user_1,demo,,"{""plan"":""pro, yearly"",""note"":""say \\""hi\\""\\nbye""}",' +
        '2026-11-20T11:00:00.000Z,SE,Stockholm,macOS,Chrome,/signup,0,[]\r\n',
    );
  });
});
