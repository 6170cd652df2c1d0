import { describe, expect, it } from 'vitest';
import { detectBot } from './bot-detection.ts';
import { resolveClientIp } from './client-ip.ts';
import { createDuplicateGuard } from './duplicate-guard.ts';
import { resolveEventTime } from './event-time.ts';
import { parsePagePath } from './page-path.ts';
import { resolveReferrer } from './referrer.ts';
import { corsAllows } from './track-auth.ts';

describe('parsePagePath (§12.11.1)', () => {
  it.each([
    [
      'https://shop.example.com/pricing?utm_source=Google&plan=pro#faq',
      {
        path: '/pricing',
        origin: 'https://shop.example.com',
        query: { utm_source: 'Google', plan: 'pro' },
        hash: '#faq',
      },
    ],
    ['/docs/start?x=1', { path: '/docs/start', origin: '', query: { x: '1' } }],
    ['HomeScreen', { path: 'HomeScreen', origin: '' }],
    ['https://example.com', { path: '/', origin: 'https://example.com' }],
    [undefined, { path: '', origin: '' }],
  ])('%s', (input, expected) => expect(parsePagePath(input)).toEqual(expected));
});

describe('resolveReferrer (§12.11.2)', () => {
  const page = 'https://shop.example.com/';
  it.each([
    ['https://www.google.com/', undefined, ['https://www.google.com', 'Google', 'search']],
    ['https://t.co/abc', undefined, ['https://t.co/abc', 'Twitter', 'social']],
    ['https://chatgpt.com/', undefined, ['https://chatgpt.com', 'ChatGPT', 'ai']],
    [
      'https://someblog.example/post/',
      undefined,
      ['https://someblog.example/post', 'https://someblog.example/post', ''],
    ],
    [
      'https://t.co/abc',
      { utm_source: 'newsletter' },
      ['https://t.co/abc', 'newsletter', 'social'],
    ],
    [undefined, { utm_source: 'Google' }, ['', 'Google', 'search']],
    ['https://shop.example.com/other', undefined, ['', '', '']],
  ])('%s with %j', (referrer, query, expected) => {
    const r = resolveReferrer(referrer, page, query);
    expect([r.referrer, r.referrerName, r.referrerType]).toEqual(expected);
  });
});

describe('resolveClientIp (§12.2.1)', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, '203.0.113.7'],
    [{ 'openpanel-client-ip': '10.1.2.3', 'x-client-ip': '198.51.100.4' }, '198.51.100.4'],
    [{ 'x-real-ip': '172.20.0.1', forwarded: 'for="198.51.100.9"' }, '198.51.100.9'],
    [{ 'x-real-ip': '::ffff:127.0.0.1' }, ''],
    [{ 'x-real-ip': 'garbage' }, ''],
    [{}, ''],
  ])('%j → %s', (headers, ip) => expect(resolveClientIp(new Headers(headers))).toBe(ip));
});

describe('detectBot (§12.1 step 6)', () => {
  it.each([
    [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      { name: 'Googlebot', type: 'Search bot' },
    ],
    [
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0)',
      { name: 'BingBot', type: 'Search bot' },
    ],
    ['k6/0.49.0 (https://k6.io/)', { name: 'K6', type: 'Unknown' }],
    ['my-crawler/1.0', { name: 'Generic Bot', type: 'Unknown' }],
    ['uptime-monitor/2', { name: 'Generic Bot', type: 'Unknown' }],
  ])('%s is a bot', (ua, bot) => expect(detectBot(ua)).toEqual(bot));
  it.each([
    'curl/8.4.0',
    'python-requests/2.31.0',
    'node',
    'node-fetch/1.0',
    'axios/1.6.0',
    'Go-http-client/1.1',
    'PostmanRuntime/7.36.0',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
  ])('%s is not', (ua) => expect(detectBot(ua)).toBeNull());
});

describe('corsAllows (§12.3 step 9)', () => {
  it.each([
    [['https://shop.example.com'], 'https://www.shop.example.com/', true],
    [['shop.example.com'], 'http://shop.example.com', true],
    [['https://shop.example.com'], 'https://Shop.example.com', false],
    [['*.example.com'], 'https://app.example.com.evil.net', true],
    [['*.example.com'], 'https://example.org', false],
    [['*'], 'https://anything.io', true],
    [['*'], '', false],
  ])('%j vs %s', (cors, origin, allowed) => expect(corsAllows(cors, origin)).toBe(allowed));
});

describe('resolveEventTime (§12.6)', () => {
  const now = Date.parse('2026-08-22T12:00:00.000Z');
  it.each([
    [undefined, now, false],
    ['', now, false],
    ['not a date', now, false],
    ['2026-08-22T12:01:01.000Z', now, false],
    ['2026-08-22T12:01:00.000Z', now + 60_000, false],
    ['2026-08-22T11:45:00.000Z', now - 15 * 60_000, false],
    ['2026-08-22T11:44:59.999Z', now - 15 * 60_000 - 1, true],
    [1724300000, 1724300000, true],
    ['2026-08-22 11:50:00', Date.parse('2026-08-22T11:50:00.000Z'), false],
  ])('%j', (raw, ms, fromThePast) =>
    expect(resolveEventTime(now, raw)).toEqual({ ms, fromThePast }),
  );
});

describe('createDuplicateGuard (§12.1 step 3)', () => {
  it('blocks a twin for 100 ms only, whatever the key order', () => {
    let t = 1_000;
    const guard = createDuplicateGuard(() => t);
    const check = {
      body: { type: 'track', payload: { name: 'a' } },
      ip: '203.0.113.7',
      origin: 'o',
      clientId: 'c',
    };
    expect(guard.isDuplicate(check)).toBe(false);
    t = 1_099;
    expect(guard.isDuplicate({ ...check, body: { payload: { name: 'a' }, type: 'track' } })).toBe(
      true,
    );
    expect(guard.isDuplicate({ ...check, ip: '203.0.113.8' })).toBe(false);
    t = 1_100;
    expect(guard.isDuplicate(check)).toBe(false);
  });
});
