import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../contract/bff-api.ts';
import { logout } from '../api/session-mutations.ts';

/** The signed-in user's name, role and a logout button (only rendered when the BFF requires a login). */
export function UserMenu({ session }: { session: SessionResponse }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!session.user) return null;

  const signOut = async () => {
    setPending(true);
    setFailed(false);
    try {
      await logout(session.csrfToken);
      queryClient.clear();
      await navigate({ to: '/login' });
    } catch {
      setFailed(true);
      setPending(false);
    }
  };

  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-indigo-600 text-xs font-bold text-white uppercase"
        >
          {session.user.name.slice(0, 1)}
        </span>
        <span className="hidden max-w-32 truncate sm:inline">{session.user.name}</span>
        <span className="sr-only">Account menu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <p className="truncate text-sm font-medium">{session.user.name}</p>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Role: <span className="font-medium capitalize">{session.user.role}</span>
        </p>
        <button
          type="button"
          disabled={pending}
          onClick={() => void signOut()}
          className="mt-3 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {pending ? 'Signing out…' : 'Sign out'}
        </button>
        {failed && (
          <p role="alert" className="mt-2 text-xs text-red-600 dark:text-red-400">
            Could not sign out. Try again.
          </p>
        )}
      </div>
    </details>
  );
}
