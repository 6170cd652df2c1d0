/**
 * The server's series-id slug (shared/openpanel-api.md §5.6): OpenPanel's wrapper turns å/ä/ö into a/a/o
 * and runs of `|` into `-`, then calls `slugify(…, { lower, strict, trim })`. slugify transliterates from
 * its character map, treats `-` like a space, drops everything outside `[A-Za-z0-9 ]` (strict: so `_`,
 * `.`, `*`, `(`… go), trims, and joins whitespace runs with `-`. We reproduce the map for the symbols and
 * Latin letters that realistically occur in event names and breakdown values; other scripts (Cyrillic,
 * Greek, …), which slugify transliterates, are dropped here.
 */
const SYMBOLS: Record<string, string> = {
  $: 'dollar',
  '%': 'percent',
  '&': 'and',
  '<': 'less',
  '>': 'greater',
  '|': 'or',
  '¢': 'cent',
  '£': 'pound',
  '¤': 'currency',
  '¥': 'yen',
  '©': '(c)',
  ª: 'a',
  '®': '(r)',
  º: 'o',
  '€': 'euro',
  '₹': 'indian rupee',
  '₽': 'russian ruble',
  '∞': 'infinity',
  '♥': 'love',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Đ: 'DJ',
  đ: 'dj',
  Ł: 'L',
  ł: 'l',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'TH',
  þ: 'th',
  Ð: 'D',
  ð: 'd',
};

function transliterate(ch: string): string {
  const mapped = SYMBOLS[ch];
  if (mapped !== undefined) return mapped;
  // Accented Latin letters: slugify's map sends them to their base letter.
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base;
}

export function chartSlug(text: string): string {
  const prepared = text
    .replaceAll('å', 'a')
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('Å', 'A')
    .replaceAll('Ä', 'A')
    .replaceAll('Ö', 'O')
    .replace(/\|+/g, '-')
    .normalize();
  let out = '';
  for (const ch of prepared) {
    const piece = ch === '-' ? ' ' : transliterate(ch);
    out += piece.replace(/[^\w\s$*_+~.()'"!\-:@]+/g, '');
  }
  return out
    .replace(/[^A-Za-z0-9\s]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
}
