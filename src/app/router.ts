import { createRouter } from '@tanstack/react-router';
import type { RouterHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { routeTree } from './route-tree.gen.ts';
import { NotFoundPage } from './features/shell/components/not-found-page.tsx';
import { ErrorPanel } from './features/shell/components/error-panel.tsx';
import { PageSpinner } from './features/shell/components/page-spinner.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Builds the router; tests pass a memory history, the app the browser's. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    // Loaders only warm the query cache; React Query owns freshness, so the router never caches data itself.
    defaultPreloadStaleTime: 0,
    defaultPreload: 'intent',
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: ErrorPanel,
    defaultPendingComponent: PageSpinner,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
