/**
 * The known-bot check of shared/openpanel-api.md §12.1 step 6. The server matches ~800 entries of Matomo's
 * device-detector list (plain substrings first, then regexes, case-sensitive, no `$1` substitution); this is
 * a compact subset: the crawlers people actually see, plus the generic catch-all that ends the list.
 * `curl`, `python-requests`, `node`, `node-fetch`, `axios`, `Go-http-client`, `PostmanRuntime` and
 * HeadlessChrome are deliberately NOT bots; `k6/` (the load tester) is.
 */
export interface BotMatch {
  name: string;
  type: string;
}

interface BotRule {
  includes?: string;
  regex?: RegExp;
  name: string;
  /** The list's category; entries without one answer `Unknown`. */
  category?: string;
}

const SUBSTRING_RULES: BotRule[] = [
  { includes: 'Googlebot-News', name: 'Googlebot News', category: 'Search bot' },
  { includes: 'k6/', name: 'K6' },
  { includes: 'Twitterbot', name: 'Twitterbot', category: 'Social Media Agent' },
  { includes: 'GPTBot', name: 'GPTBot', category: 'AI Data Scraper' },
  { includes: 'ClaudeBot', name: 'ClaudeBot', category: 'AI Data Scraper' },
  { includes: 'DuckDuckBot', name: 'DuckDuckBot', category: 'Search bot' },
  { includes: 'Applebot', name: 'Applebot', category: 'AI Search Crawler' },
  { includes: 'SemrushBot', name: 'SemrushBot', category: 'Crawler' },
  { includes: 'LinkedInBot', name: 'LinkedIn Bot', category: 'Social Media Agent' },
  { includes: 'facebookexternalhit', name: 'Facebook Crawler', category: 'Social Media Agent' },
];

const REGEX_RULES: BotRule[] = [
  {
    regex: /MSNBot|msrbot|bingbot|bingadsbot|BingPreview|adidxbot/,
    name: 'BingBot',
    category: 'Search bot',
  },
  {
    regex: /(?:AdsBot|APIs|Feedfetcher|Mediapartners)-Google|Google(?:bot|Other|Prober|Producer)/,
    name: 'Googlebot',
    category: 'Search bot',
  },
  { regex: /Baiduspider/, name: 'Baidu Spider', category: 'Search bot' },
  { regex: /AhrefsBot|AhrefsSiteAudit/, name: 'aHrefs Bot', category: 'Crawler' },
  { regex: /Slackbot|Slack-ImgProxy/, name: 'Slackbot', category: 'Crawler' },
  // The list names this entry with an unexpanded capture reference, and the server sends it as is.
  { regex: /(YandexBot|YandexMobileBot)/, name: '$1', category: 'Search bot' },
  {
    // The generic tail: a word ending in bot/crawler/spider/monitor/…, with the list's exceptions
    // (`node-fetch`, `cubot` phones, `Hubot`, …) kept out by look-behinds.
    regex:
      /[a-z0-9_-]*(?:(?<!cu|Hu|power[ _]|m[ _])bot|checker|collector|crawl|crawler|(?<!node-|uclient-|electron-)fetch(?:er)?|indexer|monitor|(?<!Cam)scanner|scraper|script|spider(?! 8)|uptime|user[ _]?agent|validator)(?:[^a-z]|$)/,
    name: 'Generic Bot',
  },
];

export function detectBot(userAgent: string): BotMatch | null {
  const found =
    SUBSTRING_RULES.find((rule) => userAgent.includes(rule.includes!)) ??
    REGEX_RULES.find((rule) => rule.regex!.test(userAgent));
  return found ? { name: found.name, type: found.category ?? 'Unknown' } : null;
}
