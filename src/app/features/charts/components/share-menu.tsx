import { useState } from 'react';
import { ApiError } from '../../../api/api-fetch.ts';
import { createShareLink } from '../api/create-share-link.ts';

interface ShareMenuProps {
  projectId: string;
  /** Exactly the query string the page sends to the BFF's chart endpoint (the share token is bound to it). */
  bffSearch: string;
  canShare: boolean;
  csrfToken: string | null;
  onCsv: () => void;
  onPng: () => Promise<void>;
}

const buttonClass =
  'rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';

/** Copy link (the page URL is the whole state), a signed read-only link for editors, CSV and PNG. */
export function ShareMenu({
  projectId,
  bffSearch,
  canShare,
  csrfToken,
  onCsv,
  onPng,
}: ShareMenuProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      // Clipboard access can be denied (insecure origin, permissions): show the text to copy by hand.
      setStatus(`Copy this link: ${text}`);
    }
  };

  const share = async () => {
    setBusy(true);
    try {
      const link = await createShareLink(
        { view: 'chart', projectId, search: bffSearch },
        csrfToken,
      );
      const url = new URL(link.url, window.location.origin).toString();
      setShareUrl(url);
      await copy(url, 'Read-only link copied (valid for 7 days).');
    } catch (error) {
      setStatus(error instanceof ApiError ? error.message : 'The link could not be created.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonClass}
        onClick={() => void copy(window.location.href, 'Link copied.')}
      >
        Copy link
      </button>
      {canShare && (
        <button type="button" className={buttonClass} disabled={busy} onClick={() => void share()}>
          Share read-only link
        </button>
      )}
      <button type="button" className={buttonClass} onClick={onCsv}>
        CSV
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={() => void onPng().catch(() => setStatus('The PNG could not be made.'))}
      >
        PNG
      </button>
      <p role="status" className="w-full text-xs text-slate-600 empty:hidden dark:text-slate-300">
        {status}
        {shareUrl && (
          <>
            {' '}
            <a href={shareUrl} className="break-all text-indigo-700 underline dark:text-indigo-300">
              {shareUrl}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
