import { Link } from '@tanstack/react-router';
import type { ShareInfoResponse } from '../../../../contract/bff-api.ts';
import { formatInZone } from '../../charts/format-in-zone.ts';

interface ShareBannerProps {
  grant: ShareInfoResponse;
  /** One sentence naming exactly what the link shows (series or steps, filters, period). */
  description: string;
  /** The organization's zone: the expiry is shown in it, like every other time on the dashboard. */
  timeZone: string;
  /** Signed-in visitors get a way to the live, editable page. */
  signedIn: boolean;
}

function expiryText(iso: string, timeZone: string): string {
  return `${formatInZone(iso, timeZone)} (${timeZone})`;
}

/**
 * Tells the recipient of a share link what they are looking at and what they can do: it is read-only,
 * which view of which project, what exactly it shows, and until when the link works.
 */
export function ShareBanner({ grant, description, timeZone, signedIn }: ShareBannerProps) {
  const page = grant.view === 'chart' ? '/p/$projectId/charts' : '/p/$projectId/funnels';
  return (
    <section
      aria-label="About this shared link"
      className="flex flex-wrap items-start gap-3 rounded-2xl border border-indigo-200 bg-indigo-50 p-4 text-sm text-indigo-950 dark:border-indigo-900/60 dark:bg-indigo-950/40 dark:text-indigo-100"
    >
      <div className="min-w-0 flex-1 space-y-1">
        <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
          Read-only shared {grant.view} · project {grant.projectId}
        </p>
        <p className="font-medium break-words" data-testid="share-description">
          {description}
        </p>
        <p className="text-xs text-indigo-900/80 dark:text-indigo-200/80">
          The numbers are current; the view itself cannot be changed from this link. Link valid
          until {expiryText(grant.expiresAt, timeZone)}.
        </p>
      </div>
      {signedIn && (
        <Link
          to={page}
          params={{ projectId: grant.projectId }}
          // The dashboard pages read the BFF's own query keys as aliases, so the grant opens as-is.
          search={Object.fromEntries(new URLSearchParams(grant.search))}
          className="shrink-0 rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none"
        >
          Open in the dashboard
        </Link>
      )}
    </section>
  );
}
