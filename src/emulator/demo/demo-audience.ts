/**
 * Who visits the demo sites: places and devices, shaped like the real server stores them — ISO-2 countries
 * with English city/region names (§12.11.3), ua-parser names with lowercase devices (§12.11.4).
 */

export interface Place {
  country: string;
  city: string;
  region: string;
  latitude: number;
  longitude: number;
}

/** [place, weight] — weights roughly follow a small English-language shop's audience. */
export const PLACES: readonly (readonly [Place, number])[] = [
  [{ country: 'US', city: 'New York', region: 'New York', latitude: 40.71, longitude: -74.01 }, 14],
  [
    {
      country: 'US',
      city: 'San Francisco',
      region: 'California',
      latitude: 37.77,
      longitude: -122.42,
    },
    8,
  ],
  [{ country: 'US', city: 'Chicago', region: 'Illinois', latitude: 41.88, longitude: -87.63 }, 6],
  [{ country: 'GB', city: 'London', region: 'England', latitude: 51.51, longitude: -0.13 }, 10],
  [{ country: 'DE', city: 'Berlin', region: 'Land Berlin', latitude: 52.52, longitude: 13.41 }, 8],
  [{ country: 'DE', city: 'Munich', region: 'Bavaria', latitude: 48.14, longitude: 11.58 }, 4],
  [
    {
      country: 'SE',
      city: 'Stockholm',
      region: 'Stockholm County',
      latitude: 59.33,
      longitude: 18.07,
    },
    6,
  ],
  [{ country: 'FR', city: 'Paris', region: 'Île-de-France', latitude: 48.86, longitude: 2.35 }, 6],
  [
    { country: 'NL', city: 'Amsterdam', region: 'North Holland', latitude: 52.37, longitude: 4.9 },
    4,
  ],
  [{ country: 'CA', city: 'Toronto', region: 'Ontario', latitude: 43.65, longitude: -79.38 }, 5],
  [{ country: 'IN', city: 'Bengaluru', region: 'Karnataka', latitude: 12.97, longitude: 77.59 }, 6],
  [
    { country: 'BR', city: 'São Paulo', region: 'São Paulo', latitude: -23.55, longitude: -46.63 },
    4,
  ],
  [{ country: 'JP', city: 'Tokyo', region: 'Tokyo', latitude: 35.68, longitude: 139.69 }, 3],
  [
    {
      country: 'AU',
      city: 'Sydney',
      region: 'New South Wales',
      latitude: -33.87,
      longitude: 151.21,
    },
    4,
  ],
  [{ country: 'ES', city: 'Madrid', region: 'Madrid', latitude: 40.42, longitude: -3.7 }, 3],
  [{ country: 'PL', city: 'Warsaw', region: 'Mazovia', latitude: 52.23, longitude: 21.01 }, 3],
];

export interface DeviceProfile {
  os: string;
  osVersions: readonly string[];
  browser: string;
  browserVersions: readonly string[];
  device: 'desktop' | 'mobile' | 'tablet';
  brand: string;
  model: string;
}

const CHROME = ['124.0.0.0', '125.0.0.0', '126.0.0.0'];
export const DEVICES: readonly (readonly [DeviceProfile, number])[] = [
  [
    {
      os: 'macOS',
      osVersions: ['10.15.7'],
      browser: 'Chrome',
      browserVersions: CHROME,
      device: 'desktop',
      brand: 'Apple',
      model: 'Macintosh',
    },
    16,
  ],
  [
    {
      os: 'macOS',
      osVersions: ['10.15.7'],
      browser: 'Safari',
      browserVersions: ['17.4', '17.5'],
      device: 'desktop',
      brand: 'Apple',
      model: 'Macintosh',
    },
    7,
  ],
  [
    {
      os: 'Windows',
      osVersions: ['10'],
      browser: 'Chrome',
      browserVersions: CHROME,
      device: 'desktop',
      brand: '',
      model: '',
    },
    18,
  ],
  [
    {
      os: 'Windows',
      osVersions: ['10'],
      browser: 'Edge',
      browserVersions: ['125.0.0.0', '126.0.0.0'],
      device: 'desktop',
      brand: '',
      model: '',
    },
    6,
  ],
  [
    {
      os: 'Windows',
      osVersions: ['10'],
      browser: 'Firefox',
      browserVersions: ['126.0', '127.0'],
      device: 'desktop',
      brand: '',
      model: '',
    },
    4,
  ],
  [
    {
      os: 'Linux',
      osVersions: [''],
      browser: 'Firefox',
      browserVersions: ['126.0', '127.0'],
      device: 'desktop',
      brand: '',
      model: '',
    },
    2,
  ],
  [
    {
      os: 'iOS',
      osVersions: ['17.4', '17.5'],
      browser: 'Mobile Safari',
      browserVersions: ['17.4', '17.5'],
      device: 'mobile',
      brand: 'Apple',
      model: 'iPhone',
    },
    20,
  ],
  [
    {
      os: 'iOS',
      osVersions: ['17.5'],
      browser: 'Mobile Safari',
      browserVersions: ['17.5'],
      device: 'tablet',
      brand: 'Apple',
      model: 'iPad',
    },
    4,
  ],
  [
    {
      os: 'Android',
      osVersions: ['13', '14'],
      browser: 'Mobile Chrome',
      browserVersions: CHROME,
      device: 'mobile',
      brand: 'Google',
      model: 'Pixel 8',
    },
    7,
  ],
  [
    {
      os: 'Android',
      osVersions: ['14'],
      browser: 'Samsung Internet',
      browserVersions: ['24.0', '25.0'],
      device: 'mobile',
      brand: 'Samsung',
      model: 'SM-S911B',
    },
    6,
  ],
  [
    {
      os: 'Android',
      osVersions: ['13'],
      browser: 'Chrome',
      browserVersions: CHROME,
      device: 'tablet',
      brand: 'Samsung',
      model: 'SM-X710',
    },
    2,
  ],
];
