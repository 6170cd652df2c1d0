import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ApiError } from '../../../api/api-fetch.ts';
import { shareQuery } from '../api/share-query.ts';

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <section
        aria-labelledby="share-title"
        className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <h1 id="share-title" className="text-xl font-semibold">
          {title}
        </h1>
        <div className="mt-2 text-sm text-slate-600 dark:text-slate-400">{children}</div>
      </section>
    </main>
  );
}

/** Says why a share link does not open: expired and invalid links need different next steps. */
function ShareFailure({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.code === 'share_expired') {
    return (
      <Panel title="This share link has expired">
        <p>Share links only work for a limited time. Ask the person who sent it for a new link.</p>
      </Panel>
    );
  }
  if (
    error instanceof ApiError &&
    (error.code === 'share_invalid' || error.status === 403 || error.status === 404)
  ) {
    return (
      <Panel title="This share link is invalid">
        <p>The link is incomplete or was changed. Check that you copied the whole address.</p>
      </Panel>
    );
  }
  return (
    <Panel title="The share link could not be opened">
      <p>{error instanceof Error ? error.message : 'Try again later.'}</p>
    </Panel>
  );
}

export function ShareLanding({ token }: { token: string }) {
  const share = useQuery(shareQuery(token));
  if (share.isPending) return <Panel title="Opening the shared view…">{null}</Panel>;
  if (share.isError) return <ShareFailure error={share.error} />;

  const { view, projectId, search, expiresAt } = share.data;
  const to = view === 'chart' ? '/p/$projectId/charts' : '/p/$projectId/funnels';
  return (
    <Panel title={`A shared ${view} of ${projectId}`}>
      <p>Valid until {new Date(expiresAt).toLocaleString()}.</p>
      <Link
        to={to}
        params={{ projectId }}
        search={Object.fromEntries(new URLSearchParams(search))}
        className="mt-6 inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700"
      >
        Open the {view}
      </Link>
    </Panel>
  );
}
