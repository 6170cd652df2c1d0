/** `path`, `origin`, `__query` and `__hash` from the `__path` property (shared/openpanel-api.md §12.11.1). */
export interface PagePath {
  path: string;
  origin: string;
  /** Flat map, the last repeated key wins; undefined when the URL has no query. */
  query?: Record<string, string>;
  /** Including the `#`; undefined when there is none. */
  hash?: string;
}

export function parsePagePath(value: string | undefined): PagePath {
  if (!value) return { path: '', origin: '' };
  const absolute = value.startsWith('http');
  // Anything that is neither absolute nor rooted is a "named route" (React Native screens): kept verbatim.
  if (!value.startsWith('/') && !absolute) return { path: value, origin: '' };
  let url: URL;
  try {
    url = new URL(value, absolute ? undefined : 'http://localhost');
  } catch {
    return { path: value, origin: '' };
  }
  const query = Object.fromEntries(url.searchParams.entries());
  return {
    path: url.pathname,
    origin: absolute ? url.origin : '',
    ...(Object.keys(query).length > 0 ? { query } : {}),
    ...(url.hash ? { hash: url.hash } : {}),
  };
}

/** Both must be absolute URLs with the same hostname (§12.11.2: internal navigation). */
export function isSameHost(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    return new URL(a).hostname === new URL(b).hostname;
  } catch {
    return false;
  }
}
