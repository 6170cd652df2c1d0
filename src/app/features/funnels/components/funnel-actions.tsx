import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-fetch.ts';
import { createFunnelShareLink } from '../api/create-funnel-share-link.ts';
import { funnelCsv } from '../funnel-csv.ts';
import type { FunnelFigures } from '../funnel-step-figures.ts';
import { downloadFile } from '../../../browser/download-file.ts';

interface FunnelActionsProps {
  projectId: string;
  /** Exactly the query string of the funnel request on screen (the share grant is for it alone). */
  apiSearch: string;
  funnel: FunnelFigures;
  comparison: FunnelFigures | undefined;
  fileName: string;
  /** Editors can make share links; viewers and share visitors cannot (the BFF would answer 403). */
  canShare: boolean;
  csrfToken: string | null;
}

const button =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** CSV download, copy link (the page URL holds the whole state) and a read-only share link. */
export function FunnelActions(props: FunnelActionsProps) {
  const { projectId, apiSearch, funnel, comparison, fileName, canShare, csrfToken } = props;
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const share = useMutation({
    mutationFn: () => createFunnelShareLink(projectId, apiSearch, csrfToken),
    onSuccess: async (created) => {
      const url = new URL(created.url, window.location.origin).toString();
      const copied = await copyText(url);
      setStatus(copied ? 'Share link copied.' : 'Share link created: copy it below.');
    },
  });

  const downloadCsv = () => {
    const blob = new Blob([funnelCsv(funnel.steps, comparison?.steps)], {
      type: 'text/csv;charset=utf-8',
    });
    downloadFile(blob, fileName);
  };

  const copyLink = async () => {
    const href = window.location.href;
    if (await copyText(href)) {
      setManualCopy(null);
      setStatus('Link copied.');
    } else {
      setManualCopy(href);
      setStatus('Copy the link below.');
    }
  };

  const shareUrl = share.data ? new URL(share.data.url, window.location.origin).toString() : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" className={button} onClick={() => void copyLink()}>
          Copy link
        </button>
        {canShare && (
          <button
            type="button"
            className={button}
            disabled={share.isPending}
            onClick={() => share.mutate()}
          >
            {share.isPending ? 'Creating share link…' : 'Share read-only link'}
          </button>
        )}
        <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
          {status}
        </span>
      </div>
      {share.isError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {share.error instanceof ApiError ? share.error.message : 'The share link failed.'}
        </p>
      )}
      {(shareUrl ?? manualCopy) && (
        <label className="block text-xs text-slate-600 dark:text-slate-400">
          {shareUrl ? 'Read-only link (valid 7 days)' : 'Link to this funnel'}
          <input
            readOnly
            value={shareUrl ?? manualCopy ?? ''}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
      )}
    </div>
  );
}
