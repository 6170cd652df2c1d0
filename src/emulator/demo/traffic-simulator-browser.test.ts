import { describe, expect, it } from 'vitest';
import { headerAnomalies } from '../track/bot-suspicion.ts';
import { parseUserAgent } from '../track/user-agent.ts';
import { DEVICES } from './demo-audience.ts';
import { browserHeaders, userAgentFor, visitorIp } from './traffic-simulator-browser.ts';
import { SeededRandom } from './seeded-random.ts';

const LONDON = {
  country: 'GB',
  city: 'London',
  region: 'England',
  latitude: 51.51,
  longitude: -0.13,
};

describe('userAgentFor', () => {
  it('parses back to every device profile of the demo audience (§12.11.4)', () => {
    for (const [device] of DEVICES) {
      for (const osVersion of device.osVersions) {
        for (const browserVersion of device.browserVersions) {
          const ua = userAgentFor({ device, osVersion, browserVersion });
          expect(parseUserAgent(ua)).toEqual({
            isServer: false,
            os: device.os,
            osVersion,
            browser: device.browser,
            browserVersion,
            device: device.device,
            brand: device.brand,
            model: device.model,
          });
        }
      }
    }
  });

  it('writes the Windows Chrome UA the way Chrome does', () => {
    const [windowsChrome] = DEVICES[2]!;
    expect(
      userAgentFor({ device: windowsChrome, osVersion: '10', browserVersion: '126.0.0.0' }),
    ).toBe(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    );
  });
});

describe('browserHeaders', () => {
  it('sends what a browser sends, so no event is marked as suspicious (§12.10)', () => {
    for (const [device] of DEVICES) {
      const headers = browserHeaders(
        {
          device,
          osVersion: device.osVersions[0]!,
          browserVersion: device.browserVersions[0]!,
          place: LONDON,
        },
        '203.0.113.9',
      );
      expect(headerAnomalies(new Headers(headers))).toEqual([]);
      expect(headers['x-client-ip']).toBe('203.0.113.9');
      expect(headers['accept-language']).toBe('en-GB,en;q=0.9');
      expect(headers['x-emulator-country']).toBe('GB');
    }
  });
});

describe('visitorIp', () => {
  it('only uses documentation and benchmarking ranges', () => {
    const random = new SeededRandom(7);
    for (let i = 0; i < 500; i += 1) {
      expect(visitorIp(random)).toMatch(
        /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^198\.1[89]\.\d+\.\d+$|^2001:db8:[0-9a-f]+:[0-9a-f]+::[0-9a-f]+$/,
      );
    }
  });
});
