/**
 * A small slice of the server's referrer table (snowplow referer-parser plus AI sites; shared/openpanel-api.md
 * §12.11.2), keyed by hostname. Names and types are the table's own. Notably the real table has no `x.com`
 * entry, so an x.com referrer is "unknown" there too (name = the URL, type "").
 */
export interface KnownReferrer {
  name: string;
  type: string;
}

const entries: [string, string, string][] = [
  // search
  ['google.com', 'Google', 'search'],
  ['www.google.com', 'Google', 'search'],
  ['google.co.uk', 'Google', 'search'],
  ['google.de', 'Google', 'search'],
  ['bing.com', 'Bing', 'search'],
  ['www.bing.com', 'Bing', 'search'],
  ['duckduckgo.com', 'DuckDuckGo', 'search'],
  ['yahoo.com', 'Yahoo!', 'search'],
  ['search.yahoo.com', 'Yahoo!', 'search'],
  ['ecosia.org', 'Ecosia', 'search'],
  ['yandex.ru', 'Yandex', 'search'],
  ['www.baidu.com', 'Baidu', 'search'],
  // social
  ['twitter.com', 'Twitter', 'social'],
  ['t.co', 'Twitter', 'social'],
  ['facebook.com', 'Facebook', 'social'],
  ['m.facebook.com', 'Facebook', 'social'],
  ['l.facebook.com', 'Facebook', 'social'],
  ['fb.me', 'Facebook', 'social'],
  ['instagram.com', 'Instagram', 'social'],
  ['linkedin.com', 'LinkedIn', 'social'],
  ['lnkd.in', 'LinkedIn', 'social'],
  ['reddit.com', 'Reddit', 'social'],
  ['youtube.com', 'Youtube', 'social'],
  ['youtu.be', 'Youtube', 'social'],
  ['news.ycombinator.com', 'Hacker News', 'social'],
  ['pinterest.com', 'Pinterest', 'social'],
  ['tiktok.com', 'TikTok', 'social'],
  ['bsky.app', 'Bluesky', 'social'],
  ['mastodon.social', 'Mastodon', 'social'],
  // email
  ['mail.google.com', 'Gmail', 'email'],
  ['com.google.android.gm', 'Gmail', 'email'],
  ['outlook.live.com', 'Outlook.com', 'email'],
  ['mail.yahoo.com', 'Yahoo! Mail', 'email'],
  // content and tech
  ['substack.com', 'Substack', 'content'],
  ['wikipedia.org', 'Wikipedia', 'content'],
  ['github.com', 'GitHub', 'tech'],
  ['stackoverflow.com', 'Stack Overflow', 'tech'],
  // ai
  ['chatgpt.com', 'ChatGPT', 'ai'],
  ['openai.com', 'OpenAI', 'ai'],
  ['claude.ai', 'Claude', 'ai'],
  ['perplexity.ai', 'Perplexity', 'ai'],
  ['gemini.google.com', 'Google Gemini', 'ai'],
  ['copilot.microsoft.com', 'Microsoft Copilot', 'ai'],
];

export const knownReferrers: ReadonlyMap<string, KnownReferrer> = new Map(
  entries.map(([host, name, type]) => [host, { name, type }]),
);
