import { describe, expect, it } from 'vitest';
import { parseUserAgent } from './user-agent.ts';

// The rows of shared/openpanel-api.md §12.11.4: [os, osVersion, browser, browserVersion, device, brand, model].
describe('parseUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      ['macOS', '10.15.7', 'Chrome', '126.0.0.0', 'desktop', 'Apple', 'Macintosh'],
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ['iOS', '17.5', 'Mobile Safari', '17.5', 'mobile', 'Apple', 'iPhone'],
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ['iOS', '17.5', 'Mobile Safari', '17.5', 'tablet', 'Apple', 'iPad'],
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      ['Android', '14', 'Mobile Chrome', '126.0.0.0', 'mobile', 'Google', 'Pixel 8'],
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
      ['Windows', '10', 'Firefox', '127.0', 'desktop', '', ''],
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
      ['Linux', '', 'Firefox', '127.0', 'desktop', '', ''],
    ],
  ])('%s', (ua, expected) => {
    const info = parseUserAgent(ua);
    expect(info.isServer).toBe(false);
    expect([
      info.os,
      info.osVersion,
      info.browser,
      info.browserVersion,
      info.device,
      info.brand,
      info.model,
    ]).toEqual(expected);
  });

  it.each([null, '', 'curl/8.4.0', 'node', 'python-requests/2.31.0', 'unknown/1.0', 'undici'])(
    'treats %j as a server',
    (ua) => {
      expect(parseUserAgent(ua)).toEqual({
        isServer: true,
        device: 'server',
        os: '',
        osVersion: '',
        browser: '',
        browserVersion: '',
        brand: '',
        model: '',
      });
    },
  );

  it('applies non-empty __os… overrides to browser UAs only', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0';
    const info = parseUserAgent(ua, { __os: 'Fedora', __browser: '', __model: 'ThinkPad' });
    expect([info.os, info.browser, info.model]).toEqual(['Fedora', 'Firefox', 'ThinkPad']);
    expect(parseUserAgent('curl/8.4.0', { __os: 'Fedora' }).os).toBe('');
  });
});
