import * as z from 'zod/mini';

/**
 * The `redirect` search param of /login. Only same-origin paths are accepted (`/p/demo/charts`), never
 * `//evil.example` or `https://…`, so a crafted login link cannot send the user elsewhere (open redirect).
 */
export const safeRedirectSchema = z.catch(z.string().check(z.regex(/^\/(?![/\\])/)), '/');
export type SafeRedirect = z.infer<typeof safeRedirectSchema>;
