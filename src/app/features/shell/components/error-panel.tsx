import { Link, useLocation, useRouter } from '@tanstack/react-router';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../../../api/api-fetch.ts';

function describe(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    if (error.status === 0) return { title: 'Cannot reach the server', message: error.message };
    if (error.status === 401) return { title: 'You are signed out', message: error.message };
    if (error.status === 429)
      return {
        title: 'Too many requests',
        message: 'OpenPanel is rate limiting us. Try again shortly.',
      };
    return { title: `Something went wrong (${error.status})`, message: error.message };
  }
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : 'Unknown error',
  };
}

/** The route-level error panel, with a retry that re-runs the failed loader. */
export function ErrorPanel({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const href = useLocation({ select: (location) => location.href });
  // reset() alone would re-render with the same failed loader data; invalidate() re-runs the loaders.
  const retry = () => {
    reset();
    void router.invalidate();
  };
  const { title, message } = describe(error);
  // A 401 after the route guard passed means the session ended meanwhile: offer a way back in.
  const signedOut = error instanceof ApiError && error.status === 401;
  return (
    <div
      role="alert"
      className="mx-auto my-12 max-w-lg rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-sm">{message}</p>
      {signedOut ? (
        <Link
          to="/login"
          search={{ redirect: href }}
          className="mt-4 inline-block rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
        >
          Sign in again
        </Link>
      ) : (
        <button
          type="button"
          onClick={retry}
          className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
        >
          Try again
        </button>
      )}
    </div>
  );
}
