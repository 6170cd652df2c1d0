import * as z from 'zod/mini';

/** The user's choice; `system` follows `prefers-color-scheme`. */
export const themePreferenceSchema = z.enum(['light', 'dark', 'system']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

export const THEME_STORAGE_KEY = 'openpanel-dashboard.theme';

const darkQuery = '(prefers-color-scheme: dark)';

export function readThemePreference(): ThemePreference {
  try {
    return z.catch(themePreferenceSchema, 'system').parse(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // localStorage can throw (disabled storage, sandboxed iframe): fall back to the system theme.
    return 'system';
  }
}

export function saveThemePreference(preference: ThemePreference): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Not persisted, but still applied for this page.
  }
}

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches;
}

/** Puts the `dark` class on <html> (Tailwind's dark variant keys off it) and tells the UA the scheme. */
export function applyThemePreference(preference: ThemePreference): void {
  const dark = preference === 'dark' || (preference === 'system' && systemPrefersDark());
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/** Re-applies `system` when the OS theme changes; returns the unsubscribe function. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
