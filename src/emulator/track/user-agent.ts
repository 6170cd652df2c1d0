/**
 * OS, browser and device columns from a user agent (shared/openpanel-api.md §12.11.4). The server uses
 * ua-parser-js 2 plus its own fix-ups; no package is added here, so this is a compact parser that gives the
 * same answers for the common browsers and systems (the rows of the §12.11.4 table and their close cousins).
 */
export interface UserAgentInfo {
  isServer: boolean;
  os: string;
  osVersion: string;
  browser: string;
  browserVersion: string;
  device: string;
  brand: string;
  model: string;
}

const SERVER_UA: UserAgentInfo = {
  isServer: true,
  device: 'server',
  os: '',
  osVersion: '',
  browser: '',
  browserVersion: '',
  brand: '',
  model: '',
};

/** `curl/8.4.0`, `python-requests/2.31.0`, `unknown/1.0`: a single name/version is a server (§12.8.4). */
const SINGLE_NAME_VERSION = /^[^/]+\/[\d.]+$/;

const WINDOWS_VERSIONS: Record<string, string> = {
  '10.0': '10',
  '6.3': '8.1',
  '6.2': '8',
  '6.1': '7',
  '6.0': 'Vista',
  '5.1': 'XP',
};

function parseOs(ua: string): { os: string; osVersion: string } {
  let m = /(?:iPhone|iPad|iPod)[^)]*?OS (\d+(?:_\d+)*)/.exec(ua);
  if (m) return { os: 'iOS', osVersion: m[1]!.replaceAll('_', '.') };
  m = /Android[ /]?([\d.]+)?/.exec(ua);
  if (m) return { os: 'Android', osVersion: m[1] ?? '' };
  m = /Windows NT ([\d.]+)/.exec(ua);
  if (m) return { os: 'Windows', osVersion: WINDOWS_VERSIONS[m[1]!] ?? m[1]! };
  m = /CrOS \S+ ([\d.]+)/.exec(ua);
  if (m) return { os: 'Chrome OS', osVersion: m[1]! };
  m = /Mac OS X (\d+(?:[_.]\d+)*)/.exec(ua);
  if (m) return { os: 'macOS', osVersion: m[1]!.replaceAll('_', '.') };
  if (/Macintosh/.test(ua)) return { os: 'macOS', osVersion: '' };
  if (/Ubuntu/.test(ua)) return { os: 'Ubuntu', osVersion: '' };
  if (/Linux|X11/.test(ua)) return { os: 'Linux', osVersion: '' };
  return { os: '', osVersion: '' };
}

/** Checked in order: the more specific tokens (Edge, Opera, Samsung) hide inside Chrome-like UAs. */
const BROWSERS: [RegExp, string, string][] = [
  [/EdgiOS\/([\d.]+)/, 'Edge', 'Edge'],
  [/EdgA?\/([\d.]+)/, 'Edge', 'Edge'],
  [/OPR\/([\d.]+)/, 'Opera', 'Opera'],
  [/SamsungBrowser\/([\d.]+)/, 'Samsung Internet', 'Samsung Internet'],
  [/CriOS\/([\d.]+)/, 'Mobile Chrome', 'Mobile Chrome'],
  [/FxiOS\/([\d.]+)/, 'Mobile Firefox', 'Mobile Firefox'],
  [/HeadlessChrome\/([\d.]+)/, 'Chrome Headless', 'Chrome Headless'],
  [/Firefox\/([\d.]+)/, 'Firefox', 'Mobile Firefox'],
  [/Chrome\/([\d.]+)/, 'Chrome', 'Mobile Chrome'],
  [/Version\/([\d.]+).*Safari\//, 'Safari', 'Mobile Safari'],
];

function parseBrowser(ua: string, mobile: boolean): { browser: string; browserVersion: string } {
  for (const [pattern, desktopName, mobileName] of BROWSERS) {
    const m = pattern.exec(ua);
    if (m) return { browser: mobile ? mobileName : desktopName, browserVersion: m[1]! };
  }
  // iOS web views carry no Version/ token but are still Mobile Safari's engine.
  if (/(?:iPhone|iPad|iPod).*AppleWebKit/.test(ua))
    return { browser: 'WebKit', browserVersion: '' };
  return { browser: '', browserVersion: '' };
}

/** Brand from a model or UA, as the server's fix-up does when the parser names no vendor. */
const BRANDS: [RegExp, string][] = [
  [/xiaomi|redmi|poco/i, 'Xiaomi'],
  [/samsung|galaxy|SM-[A-Z]\d/i, 'Samsung'],
  [/huawei/i, 'Huawei'],
  [/oneplus/i, 'OnePlus'],
  [/pixel|google/i, 'Google'],
  [/motorola|moto /i, 'Motorola'],
  [/nokia/i, 'Nokia'],
  [/sony|xperia/i, 'Sony'],
];

function parseHardware(ua: string, os: string): { brand: string; model: string; device: string } {
  const apple = /\((iPhone|iPad|iPod|Macintosh)/.exec(ua);
  if (apple) {
    const model = apple[1]!;
    const device = model === 'Macintosh' ? 'desktop' : model === 'iPad' ? 'tablet' : 'mobile';
    return { brand: 'Apple', model, device };
  }
  if (os === 'Android') {
    // `Android 14; Pixel 8)` or `Android 13; SM-S911B Build/…)`: the model follows the version.
    const model = /Android[^;)]*;\s*(?:[a-z]{2}[-_][a-z]{2};\s*)?([^;)]+?)(?:\s+Build\/[^;)]*)?\)/i
      .exec(ua)?.[1]
      ?.trim();
    const cleanModel = model && model !== 'K' && !/^wv$/.test(model) ? model : '';
    const brand = BRANDS.find(([pattern]) => pattern.test(`${ua} ${cleanModel}`))?.[1] ?? '';
    // Android phones carry a `Mobile` token; tablets don't.
    return { brand, model: cleanModel, device: /Mobile/.test(ua) ? 'mobile' : 'tablet' };
  }
  const mobile = /Mobile|Windows Phone/.test(ua);
  return {
    brand: '',
    model: '',
    device: mobile ? 'mobile' : os || /Mozilla/.test(ua) ? 'desktop' : '',
  };
}

const OVERRIDES = [
  ['__os', 'os'],
  ['__osVersion', 'osVersion'],
  ['__browser', 'browser'],
  ['__browserVersion', 'browserVersion'],
  ['__device', 'device'],
  ['__brand', 'brand'],
  ['__model', 'model'],
] as const;

/**
 * Parses the UA; a missing UA, a `name/1.2.3` UA or one with no recognisable OS, browser or hardware is a
 * server (§12.8.4). The `__os…__model` properties override parsed fields when they are non-empty strings,
 * and are ignored for a server UA (§12.10).
 */
export function parseUserAgent(
  ua: string | null | undefined,
  properties?: Record<string, unknown>,
): UserAgentInfo {
  if (!ua || SINGLE_NAME_VERSION.test(ua)) return SERVER_UA;
  const { os, osVersion } = parseOs(ua);
  const hardware = parseHardware(ua, os);
  // ua-parser names the mobile builds after the `Mobile` token (`Mobile Safari` on an iPad too).
  const { browser, browserVersion } = parseBrowser(ua, /Mobile/.test(ua));
  if (!os && !browser && !hardware.brand && !hardware.model) return SERVER_UA;
  const info: UserAgentInfo = {
    isServer: false,
    os,
    osVersion,
    browser,
    browserVersion,
    ...hardware,
  };
  for (const [key, field] of OVERRIDES) {
    const value = properties?.[key];
    if (typeof value === 'string' && value !== '') info[field] = value;
  }
  return info;
}
