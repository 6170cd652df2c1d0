import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { createQueryClient } from '../query-client.ts';
import { createAppRouter } from '../router.ts';

/** Renders the whole app (real router, real QueryClient policy) at `url`, for component tests with MSW. */
export function renderApp(url: string) {
  // jsdom does not implement scrolling; the router's scroll restoration calls it on every navigation.
  window.scrollTo = () => {};
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
