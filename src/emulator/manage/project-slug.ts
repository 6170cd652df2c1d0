/**
 * A project's id is `slug(name)` (shared/openpanel-api.md §8.2): OpenPanel maps å/ä/ö to a/a/o and runs of
 * `|` to `-`, then calls the `slugify` package with `{ lower: true, strict: true, trim: true }`. slugify
 * replaces characters through its table (accented Latin letters to ASCII, `&` → `and`, `$` → `dollar`, …),
 * turns `-` into a space, and in strict mode drops everything but ASCII letters, digits and whitespace
 * (underscores included); whitespace runs then become one `-`. The package is not a dependency here, so this
 * reproduces it for Latin text: diacritics are stripped by Unicode decomposition and the symbol table below
 * carries the entries of slugify's table that the decomposition does not cover. Scripts slugify transliterates
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

// OpenPanel's own pre-pass (packages/common/src/slug.ts) before slugify runs.
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

export function projectSlug(name: string): string {
  let text = name;
  for (const [pattern, replacement] of OPENPANEL_PREPASS) text = text.replace(pattern, replacement);
  const mapped = [...text.normalize()].map(slugifyChar).join('');
  return mapped
    .replace(/[^A-Za-z0-9\s]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
}

/** getId's retry: replace a trailing `-NNNN` of the NAME with four new random digits, or append one. */
export function withRandomSuffix(name: string, random: () => number = Math.random): string {
  const digits = Math.floor(1000 + random() * 9000);
  return /-\d{4}$/.test(name) ? name.replace(/-\d{4}$/, `-${digits}`) : `${name}-${digits}`;
}
