const namesByLocale = new Map<string, Intl.DisplayNames>();

/**
 * The English (or `locale`) name of an ISO-3166 alpha-2 code. The upstream returns codes, not names (§4.3),
 * and a missing country arrives as `""` or as two NUL bytes from the FixedString(2) column: both are
 * "Unknown". A code the runtime does not know is shown as is.
 */
export function countryName(code: string, locale = 'en'): string {
  const clean = code.replace(/\0/g, '').trim().toUpperCase();
  if (clean === '') return 'Unknown';
  if (!/^[A-Z]{2}$/.test(clean)) return code;
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    namesByLocale.set(locale, names);
  }
  return names.of(clean) ?? clean;
}

/** `Sweden (SE)`; the code alone when no name is known; `Unknown` when there is no country. */
export function countryLabel(code: string, locale = 'en'): string {
  const name = countryName(code, locale);
  const clean = code.replace(/\0/g, '').trim().toUpperCase();
  return name === 'Unknown' || name === clean || name === code ? name : `${name} (${clean})`;
}
