import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ShareInfoResponse } from '../../../../contract/bff-api.ts';
import { ApiError } from '../../../api/api-fetch.ts';
import { shareQuery } from '../api/share-query.ts';
import { ShareBanner } from './share-banner.tsx';

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

/** What the route draws for a valid grant: the description for the banner and the read-only view. */
export interface SharedViewParts {
  description: string;
  content: ReactNode;
}

interface ShareLandingProps {
  token: string;
  timeZone: string;
  signedIn: boolean;
  /** Builds the shared chart or funnel (the route composes the features; features do not import each other). */
  renderView: (grant: ShareInfoResponse) => SharedViewParts;
}

/**
 * A share link's page, usable without a session: the grant is checked first (expired and invalid links get
 * their own explanation), then the shared view is drawn inline under a banner saying what it is.
 */
export function ShareLanding({ token, timeZone, signedIn, renderView }: ShareLandingProps) {
  const share = useQuery(shareQuery(token));
  if (share.isPending) return <Panel title="Opening the shared view…">{null}</Panel>;
  if (share.isError) return <ShareFailure error={share.error} />;

  const { description, content } = renderView(share.data);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 text-base font-bold tracking-tight sm:px-6">
          <img src="/favicon.svg" alt="" className="size-6" />
          <span>OpenPanel Dashboard</span>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 space-y-4 px-4 py-6 sm:px-6">
        <ShareBanner
          grant={share.data}
          description={description}
          timeZone={timeZone}
          signedIn={signedIn}
        />
        {content}
      </main>
    </div>
  );
}
