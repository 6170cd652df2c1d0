import { z } from 'zod';
import { shareViewSchema, type ShareView } from '../../contract/bff-api.ts';
import { signToken, verifyToken } from './signed-token.ts';

const sharePayloadSchema = z.object({
  v: shareViewSchema,
  p: z.string(),
  s: z.string(),
  /** Expiry, epoch ms. */
  e: z.number(),
});

export interface ShareGrant {
  view: ShareView;
  projectId: string;
  search: string;
  expiresAt: number;
}

export function createShareToken(secret: string, grant: ShareGrant): string {
  return signToken(secret, 'share', {
    v: grant.view,
    p: grant.projectId,
    s: grant.search,
    e: grant.expiresAt,
  });
}

export type ShareCheck =
  { ok: true; grant: ShareGrant } | { ok: false; reason: 'share_invalid' | 'share_expired' };

/** Tampering is checked before expiry, so a forged token never learns whether its date would be valid. */
export function checkShareToken(secret: string, token: string, now: number): ShareCheck {
  const parsed = sharePayloadSchema.safeParse(verifyToken(secret, 'share', token));
  if (!parsed.success) return { ok: false, reason: 'share_invalid' };
  const { v, p, s, e } = parsed.data;
  if (e <= now) return { ok: false, reason: 'share_expired' };
  return { ok: true, grant: { view: v, projectId: p, search: s, expiresAt: e } };
}

/** Canonical multiset of query pairs, so `a=1&b=2` and `?b=2&a=1` grant the same request. */
export function canonicalSearch(search: string): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return [...params.entries()]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
}
