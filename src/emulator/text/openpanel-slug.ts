/**
 * OpenPanel's `slug()` (packages/common/src/slug.ts), used both for a project's id (shared/openpanel-api.md
 * §8.2) and for chart series ids (§5.6). OpenPanel maps å/ä/ö to a/a/o and runs of `|` to `-`, then calls
 * the `slugify` package with `{ lower: true, strict: true, trim: true }`. slugify replaces characters
 * through its table (accented Latin letters to ASCII, `&` → `and`, `$` → `dollar`, …), turns `-` into a
 * space, and in strict mode drops everything but ASCII letters, digits and whitespace (underscores
 * included); whitespace runs then become one `-`. The package is not a dependency here, so this reproduces
 * it for Latin text: diacritics are stripped by Unicode decomposition and the table below carries the
 * entries of slugify's table that the decomposition does not cover. Scripts slugify transliterates
 * (Cyrillic, Greek, …) are dropped here instead.
 */
const SLUGIFY_CHARS: Record<string, string> = {
  $: 'dollar',
  '%': 'percent',
  '&': 'and',
  '<': 'less',
  '>': 'greater',
  '¢': 'cent',
  '£': 'pound',
  '¤': 'currency',
  '¥': 'yen',
  '©': '(c)',
  '®': '(r)',
  ª: 'a',
  º: 'o',
  '€': 'euro',
  '₹': 'indian rupee',
  '₽': 'russian ruble',
  '™': 'tm',
  '∞': 'infinity',
  '♥': 'love',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Ð: 'D',
  ð: 'd',
  Þ: 'TH',
  þ: 'th',
  Đ: 'DJ',
  đ: 'dj',
  Ł: 'L',
  ł: 'l',
  ı: 'i',
};

// OpenPanel's own pre-pass before slugify runs.
const OPENPANEL_PREPASS: [RegExp, string][] = [
  [/å/g, 'a'],
  [/ä/g, 'a'],
  [/ö/g, 'o'],
  [/Å/g, 'A'],
  [/Ä/g, 'A'],
  [/Ö/g, 'O'],
  [/\|+/g, '-'],
];

function slugifyChar(ch: string): string {
  const mapped = SLUGIFY_CHARS[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');
  // slugify reads its own replacement character as a word break.
  return mapped === '-' ? ' ' : mapped;
}

export function openpanelSlug(text: string): string {
  let prepared = text;
  for (const [pattern, replacement] of OPENPANEL_PREPASS)
    prepared = prepared.replace(pattern, replacement);
  const mapped = [...prepared.normalize()].map(slugifyChar).join('');
  // strict mode: slugify's default per-character `remove` keeps a superset of these, so this alone decides.
  return mapped
    .replace(/[^A-Za-z0-9\s]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
}
