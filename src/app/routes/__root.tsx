/* eslint-disable check-file/filename-naming-convention -- TanStack Router requires the root file to be `__root.tsx`. */
import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import type { RouterContext } from '../router.ts';
import { NotFoundPage } from '../features/shell/components/not-found-page.tsx';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});
