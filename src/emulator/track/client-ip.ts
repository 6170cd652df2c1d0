/**
 * The IP `/track` uses (shared/openpanel-api.md §12.2.1): headers only, never the TCP peer, in this order;
 * the first header holding a syntactically valid PUBLIC address wins, otherwise `""`.
 */
const IP_HEADER_ORDER = [
  'openpanel-client-ip',
  'true-client-ip',
  'x-client-ip',
  'cf-connecting-ip',
  'x-forwarded-for',
  'x-real-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
  'x-appengine-user-ip',
  'do-connecting-ip',
  'x-nf-client-connection-ip',
  'x-forwarded',
  'forwarded',
];

const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^([0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}$/;

/** Loopback, private and link-local ranges are skipped, also when wrapped as `::ffff:` (§12.2.1). */
function isPublicIp(ip: string): boolean {
  if (ip.startsWith('::ffff:')) return isPublicIp(ip.slice(7));
  if (ip === '::1') return false;
  if (['fc00:', 'fd00:', 'fe80:'].some((prefix) => ip.startsWith(prefix))) return false;
  if (['127.', '10.', '192.168.', '169.254.'].some((prefix) => ip.startsWith(prefix))) return false;
  if (ip.startsWith('172.')) {
    const second = Number.parseInt(ip.split('.')[1] ?? '0', 10);
    if (second >= 16 && second <= 31) return false;
  }
  return true;
}

const isUsableIp = (ip: string) => isPublicIp(ip) && (IPV4.test(ip) || IPV6.test(ip));

export function resolveClientIp(headers: Headers): string {
  for (const name of IP_HEADER_ORDER) {
    const value = headers.get(name);
    if (!value) continue;
    let candidate: string | undefined = value;
    // Only the first hop of x-forwarded-for and the `for=` part of RFC 7239 `forwarded` count.
    if (name === 'x-forwarded-for') candidate = value.split(',')[0]?.trim();
    else if (name === 'forwarded') candidate = /for=(?:"?\[?([^\]"]+)\]?"?)/i.exec(value)?.[1];
    if (candidate && isUsableIp(candidate)) return candidate;
  }
  return '';
}
