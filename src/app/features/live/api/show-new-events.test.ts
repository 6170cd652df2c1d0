import { describe, expect, it } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { showNewEvents } from './show-new-events.ts';

const key = (projectId: string, page: number) => ['events', projectId, { page }];

/** A client holding fresh pages 1 and 2 of `demo` (page 1 on screen) and page 1 of `blog`. */
function clientWithPages(page1: () => Promise<string>) {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: false } },
  });
  client.setQueryData(key('demo', 1), 'old page 1');
  client.setQueryData(key('demo', 2), 'old page 2');
  client.setQueryData(key('blog', 1), 'blog page 1');
  const onScreen = new QueryObserver(client, { queryKey: key('demo', 1), queryFn: page1 });
  const unsubscribe = onScreen.subscribe(() => {});
  return { client, unsubscribe };
}
const stale = (client: QueryClient, k: unknown[]) => client.getQueryState(k)?.isInvalidated;

describe('showNewEvents', () => {
  it('refetches the page on screen and marks the project’s other pages stale', async () => {
    let fetches = 0;
    const { client, unsubscribe } = clientWithPages(async () => `new page 1 #${++fetches}`);
    await showNewEvents(client, 'demo');
    expect(client.getQueryData(key('demo', 1))).toBe('new page 1 #1');
    expect(fetches).toBe(1);
    // Page 2 is not on screen: not fetched now, refetched when it is next shown.
    expect(client.getQueryData(key('demo', 2))).toBe('old page 2');
    expect(stale(client, key('demo', 2))).toBe(true);
    expect(stale(client, key('blog', 1))).toBe(false);
    unsubscribe();
  });

  it('rejects when the refetch fails, so the bar can say so', async () => {
    const { client, unsubscribe } = clientWithPages(() => Promise.reject(new Error('502')));
    await expect(showNewEvents(client, 'demo')).rejects.toThrow('502');
    unsubscribe();
  });
});
