/** getId's retry: replace a trailing `-NNNN` of the NAME with four new random digits, or append one. */
export function withRandomSuffix(name: string, random: () => number = Math.random): string {
  const digits = Math.floor(1000 + random() * 9000);
  return /-\d{4}$/.test(name) ? name.replace(/-\d{4}$/, `-${digits}`) : `${name}-${digits}`;
}
