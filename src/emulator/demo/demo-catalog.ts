/**
 * The static vocabulary of the demo: traffic sources, products, pages and people. Referrer names and types
 * come from the server's table (§12.11.2; e.g. google.com → Google/search, t.co → Twitter/social).
 */

export interface TrafficSource {
  /** `__referrer` as the SDK sends it (document.referrer), "" for direct traffic. */
  referrer: string;
  referrerName: string;
  referrerType: string;
  /** UTM parameters on the landing URL, if any. */
  utm?: { source: string; medium: string; campaign: string };
}

const source = (referrer: string, referrerName: string, referrerType: string): TrafficSource => ({
  referrer,
  referrerName,
  referrerType,
});

/** Everyday traffic. An unknown host's name is the whole URL and its type "" (§12.11.2). */
export const ORGANIC_SOURCES: readonly (readonly [TrafficSource, number])[] = [
  [source('', '', ''), 34],
  [source('https://www.google.com', 'Google', 'search'), 30],
  [source('https://www.bing.com', 'Bing', 'search'), 4],
  [source('https://duckduckgo.com', 'DuckDuckGo', 'search'), 3],
  [source('https://t.co/x3kq9Lm2', 'Twitter', 'social'), 6],
  [source('https://www.facebook.com', 'Facebook', 'social'), 4],
  [source('https://news.ycombinator.com', 'Hacker News', 'social'), 2],
  [source('https://chatgpt.com', 'ChatGPT', 'ai'), 3],
  [source('https://someblog.example/best-gadgets', 'https://someblog.example/best-gadgets', ''), 3],
  // A utm_source that is not in the table names itself, lowercased, with the referrer's type (§12.11.2).
  [
    {
      ...source('', 'newsletter', ''),
      utm: { source: 'newsletter', medium: 'email', campaign: 'weekly_digest' },
    },
    5,
  ],
];

/** The "Spring campaign": paid and e-mail traffic that all carries utm_campaign=spring_sale. */
export const CAMPAIGN_SOURCES: readonly (readonly [TrafficSource, number])[] = [
  [
    {
      ...source('https://www.google.com', 'Google', 'search'),
      utm: { source: 'google', medium: 'cpc', campaign: 'spring_sale' },
    },
    5,
  ],
  [
    {
      ...source('https://www.facebook.com', 'Facebook', 'social'),
      utm: { source: 'facebook', medium: 'paid_social', campaign: 'spring_sale' },
    },
    3,
  ],
  [
    {
      ...source('', 'newsletter', ''),
      utm: { source: 'newsletter', medium: 'email', campaign: 'spring_sale' },
    },
    2,
  ],
];

export interface Product {
  slug: string;
  name: string;
  price: number;
}

export const PRODUCTS: readonly Product[] = [
  { slug: 'aurora-headphones', name: 'Aurora Headphones', price: 129 },
  { slug: 'nimbus-speaker', name: 'Nimbus Speaker', price: 89 },
  { slug: 'pulse-smartwatch', name: 'Pulse Smartwatch', price: 199 },
  { slug: 'drift-earbuds', name: 'Drift Earbuds', price: 59.9 },
  { slug: 'atlas-backpack', name: 'Atlas Backpack', price: 74.5 },
  { slug: 'ember-lamp', name: 'Ember Desk Lamp', price: 39 },
  { slug: 'orbit-charger', name: 'Orbit Wireless Charger', price: 29.99 },
  { slug: 'summit-keyboard', name: 'Summit Keyboard', price: 149 },
];

export const SHOP_ARTICLES = [
  'how-to-pick-headphones',
  'desk-setup-guide',
  'spring-gift-ideas',
  'battery-care-101',
  'smartwatch-vs-fitness-band',
] as const;

export const BLOG_POSTS = [
  'hello-world',
  'our-remote-culture',
  'shipping-faster-with-feature-flags',
  'postmortem-march-outage',
  'why-we-chose-duckdb',
  'hiring-designers',
] as const;

export const SEARCH_TERMS = [
  'headphones',
  'speaker',
  'watch',
  'charger',
  'gift',
  'keyboard',
  'sale',
] as const;

export const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Grace',
  'Linus',
  'Margaret',
  'Ken',
  'Barbara',
  'Dennis',
  'Frances',
  'Edsger',
  'Radia',
  'Tim',
  'Sophie',
  'Omar',
  'Priya',
  'Mateo',
  'Yuki',
  'Elin',
] as const;
export const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Thompson',
  'Liskov',
  'Ritchie',
  'Allen',
  'Dijkstra',
  'Perlman',
  'Berners-Lee',
  'Wilson',
  'Haddad',
  'Patel',
  'García',
  'Tanaka',
  'Lindqvist',
] as const;
