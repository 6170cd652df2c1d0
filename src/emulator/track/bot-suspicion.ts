/**
 * Bot-suspicion marking (shared/openpanel-api.md §12.10): never blocks, only annotates. Client-sent
 * `__bot`/`__bot_reasons` are always removed. Only header reasons exist here: the datacenter reason needs
 * the GeoLite2-ASN database, which the emulator does not have, so `__bot: "1"` (two categories) never fires.
 */
const CHROMIUM = /(?:Chrome|Chromium|Edg|OPR)\/\d/;
const APPLE_WEBKIT = /(CriOS|EdgiOS|OPiOS|FxiOS|iPhone|iPad|iPod)/;

const present = (headers: Headers, name: string) => (headers.get(name) ?? '').trim() !== '';

/** Header anomalies of a browser-shaped (`Mozilla/`) UA: Blink without client hints, no fetch metadata, no language. */
export function headerAnomalies(headers: Headers): string[] {
  const ua = headers.get('user-agent') ?? '';
  if (!ua.includes('Mozilla/')) return [];
  const reasons: string[] = [];
  // Only desktop/Android Chromium always sends sec-ch-ua; Firefox, Safari and every iOS browser never do.
  if (CHROMIUM.test(ua) && !APPLE_WEBKIT.test(ua) && !present(headers, 'sec-ch-ua')) {
    reasons.push('header:missing_sec_ch_ua');
  }
  if (!present(headers, 'sec-fetch-mode') && !present(headers, 'sec-fetch-site')) {
    reasons.push('header:missing_sec_fetch');
  }
  if (!present(headers, 'accept-language')) reasons.push('header:missing_accept_language');
  return reasons;
}

/** Client-sent verdicts are never stored, on events or profiles (§12.9.2, §12.10). */
export function withoutBotKeys(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(([key]) => key !== '__bot' && key !== '__bot_reasons'),
  );
}

/** Returns a copy without client `__bot*` keys, plus `__bot_reasons` for unauthenticated browser traffic. */
export function applyBotSuspicion(
  properties: Record<string, unknown>,
  headers: Headers,
  trusted: boolean,
): Record<string, unknown> {
  const rest = withoutBotKeys(properties);
  if (trusted) return rest;
  const reasons = headerAnomalies(headers);
  return reasons.length > 0 ? { ...rest, __bot_reasons: reasons.join(',') } : rest;
}
