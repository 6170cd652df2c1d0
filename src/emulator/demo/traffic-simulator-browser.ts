import type { Place } from './demo-audience.ts';
import type { Visitor } from './demo-visitors.ts';
import type { SeededRandom } from './seeded-random.ts';

/**
 * What a simulated visitor's browser puts on every `/track` request: a real-looking user agent for the
 * visitor's device profile (demo-audience DEVICES), the header IP, and the headers a modern browser sends
 * with a cross-site `fetch`. Without `sec-fetch-*`, `accept-language` and (for Chromium) `sec-ch-ua` the
 * events would be marked with `__bot_reasons` (§12.10), which real visitors don't get.
 */

/** `Mozilla/5.0 …` for a DEVICES profile; the emulator's UA parser (§12.11.4) gives the profile back. */
export function userAgentFor(visitor: Pick<Visitor, 'device' | 'osVersion' | 'browserVersion'>) {
  const { device, osVersion, browserVersion: v } = visitor;
  const ios = osVersion.replaceAll('.', '_');
  const chromeTail = `AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}`;
  switch (`${device.os}|${device.browser}|${device.device}`) {
    case 'macOS|Safari|desktop':
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X ${ios}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`;
    case 'Windows|Chrome|desktop':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${chromeTail} Safari/537.36`;
    case 'Windows|Edge|desktop':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${chromeTail} Safari/537.36 Edg/${v}`;
    case 'Windows|Firefox|desktop':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}) Gecko/20100101 Firefox/${v}`;
    case 'Linux|Firefox|desktop':
      return `Mozilla/5.0 (X11; Linux x86_64; rv:${v}) Gecko/20100101 Firefox/${v}`;
    case 'iOS|Mobile Safari|mobile':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
    case 'iOS|Mobile Safari|tablet':
      return `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
    case 'Android|Mobile Chrome|mobile':
      return `Mozilla/5.0 (Linux; Android ${osVersion}; ${device.model}) ${chromeTail} Mobile Safari/537.36`;
    case 'Android|Samsung Internet|mobile':
      return `Mozilla/5.0 (Linux; Android ${osVersion}; ${device.model}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${v} Chrome/117.0.0.0 Mobile Safari/537.36`;
    case 'Android|Chrome|tablet':
      return `Mozilla/5.0 (Linux; Android ${osVersion}; ${device.model}) ${chromeTail} Safari/537.36`;
    default:
      // macOS Chrome, the most common profile, also stands in for any profile added to DEVICES later.
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${chromeTail} Safari/537.36`;
  }
}

const LANGUAGES: Record<string, string> = {
  US: 'en-US,en;q=0.9',
  CA: 'en-CA,en;q=0.9,fr;q=0.7',
  GB: 'en-GB,en;q=0.9',
  AU: 'en-AU,en;q=0.9',
  IN: 'en-IN,en;q=0.9,hi;q=0.8',
  DE: 'de-DE,de;q=0.9,en;q=0.8',
  SE: 'sv-SE,sv;q=0.9,en;q=0.8',
  FR: 'fr-FR,fr;q=0.9,en;q=0.8',
  NL: 'nl-NL,nl;q=0.9,en;q=0.8',
  BR: 'pt-BR,pt;q=0.9,en;q=0.8',
  JP: 'ja-JP,ja;q=0.9,en;q=0.8',
  ES: 'es-ES,es;q=0.9,en;q=0.8',
  PL: 'pl-PL,pl;q=0.9,en;q=0.8',
};

/**
 * A public-looking address that belongs to nobody: the three IPv4 documentation blocks (RFC 5737), the
 * benchmarking block 198.18.0.0/15 (RFC 2544) and the IPv6 documentation prefix 2001:db8::/32 (RFC 3849).
 * §12.2.1 only skips loopback/private/link-local, so these count as public and give every visitor its own
 * device id (§12.7); they are header values only, nothing is sent anywhere.
 */
export function visitorIp(random: SeededRandom): string {
  const roll = random.next();
  const octet = () => random.int(1, 254);
  if (roll < 0.3) return `${random.pick(['192.0.2', '198.51.100', '203.0.113'])}.${octet()}`;
  if (roll < 0.8) return `198.${random.int(18, 19)}.${random.int(0, 255)}.${octet()}`;
  const group = () => random.int(1, 0xffff).toString(16);
  return `2001:db8:${group()}:${group()}::${group()}`;
}

/** The per-visitor request headers (no credentials: the runner adds the client id and Origin). */
export function browserHeaders(
  visitor: Pick<Visitor, 'device' | 'osVersion' | 'browserVersion'> & { place: Place },
  ip: string,
): Record<string, string> {
  const userAgent = userAgentFor(visitor);
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    'x-client-ip': ip,
    'accept-language': LANGUAGES[visitor.place.country] ?? 'en-US,en;q=0.9',
    'sec-fetch-mode': 'cors',
    'sec-fetch-site': 'cross-site',
    'sec-fetch-dest': 'empty',
    // No GeoIP database ships with the emulator; these emulator-only headers give the live rows the
    // visitor's country and city like the historical demo rows have (see track-ingest.ts geoOf).
    'x-emulator-country': visitor.place.country,
    'x-emulator-city': visitor.place.city,
  };
  // Desktop and Android Chromium always send client hints; iOS browsers, Safari and Firefox never do.
  if (/Chrome\//.test(userAgent) && !/iPhone|iPad/.test(userAgent)) {
    const major = /Chrome\/(\d+)/.exec(userAgent)?.[1] ?? '126';
    headers['sec-ch-ua'] = `"Chromium";v="${major}", "Not.A/Brand";v="24"`;
    headers['sec-ch-ua-mobile'] = visitor.device.device === 'mobile' ? '?1' : '?0';
    headers['sec-ch-ua-platform'] = `"${visitor.device.os}"`;
  }
  return headers;
}
