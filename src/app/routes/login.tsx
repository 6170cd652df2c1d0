import { createFileRoute, redirect, useRouter } from '@tanstack/react-router';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { sessionQuery } from '../features/shell/api/session-query.ts';
import { login } from '../features/shell/api/session-mutations.ts';
import type { LoginRequest } from '../../contract/bff-api.ts';
import { LoginForm } from '../features/shell/components/login-form.tsx';
import { safeRedirectSchema } from '../features/shell/safe-redirect.ts';

const loginSearchSchema = z.object({ redirect: z.optional(safeRedirectSchema) });

export const Route = createFileRoute('/login')({
  validateSearch: loginSearchSchema,
  beforeLoad: async ({ context: { queryClient }, search }) => {
    const session = await queryClient.ensureQueryData(sessionQuery());
    // Nothing to do here when signed in or when the dashboard is open: go where the user was heading.
    if (session.user || !session.authRequired) throw redirect({ href: search.redirect ?? '/' });
  },
  component: LoginPage,
});

function LoginPage() {
  const { redirect: target } = Route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: session } = useSuspenseQuery(sessionQuery());

  const submit = async (input: LoginRequest) => {
    const next = await login(input, session.csrfToken);
    queryClient.setQueryData(sessionQuery().queryKey, next);
    await router.navigate({ href: target ?? '/' });
  };

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="mb-6 flex items-center gap-2">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg font-bold">OpenPanel Dashboard</span>
        </div>
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
          Use the account your administrator gave you.
        </p>
        <LoginForm onSubmit={submit} />
      </div>
    </main>
  );
}
