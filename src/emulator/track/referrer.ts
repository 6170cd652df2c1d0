import { knownReferrers, type KnownReferrer } from './known-referrers.ts';
import { isSameHost } from './page-path.ts';

export interface ReferrerFields {
  referrer: string;
  referrerName: string;
  referrerType: string;
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Exact hostname, then without the first `www.` (§12.11.2). */
function lookupHost(hostname: string): KnownReferrer | undefined {
  return knownReferrers.get(hostname) ?? knownReferrers.get(hostname.replace('www.', ''));
}

/** `utm_source`, else `ref`, else `utm_referrer`, lowercased: a key, `<value>.com`, or a name (§12.11.2). */
function lookupSource(query: Record<string, string> | undefined): KnownReferrer | null {
  const source = (query?.utm_source ?? query?.ref ?? query?.utm_referrer ?? '').toLowerCase();
  if (source === '') return null;
  const match =
    knownReferrers.get(source) ??
    knownReferrers.get(`${source}.com`) ??
    [...knownReferrers.values()].find((r) => r.name.toLowerCase() === source);
  return match ?? { name: source, type: '' };
}

/**
 * The three referrer columns before session inheritance (§12.11.2). An unknown host names the referrer by
 * its full (slash-stripped) URL with an empty type; a UTM source overrides name and type but not the URL.
 */
export function resolveReferrer(
  rawReferrer: string | undefined,
  pageUrl: string | undefined,
  query: Record<string, string> | undefined,
): ReferrerFields {
  const internal = isSameHost(rawReferrer, pageUrl);
  const url = internal ? '' : (rawReferrer ?? '').replace(/\/+$/, '');
  const known = internal ? undefined : lookupHost(hostnameOf(rawReferrer ?? ''));
  const utm = lookupSource(query);
  return {
    referrer: url,
    referrerName: utm?.name || known?.name || url,
    referrerType: utm?.type || known?.type || '',
  };
}
