import { applyThemePreference, readThemePreference } from './theme/theme-preference.ts';

// Loaded from <head> as its own module, before the app bundle, so the saved theme is applied before the
// first paint without a flash. It is an external file because the BFF's CSP forbids inline scripts.
applyThemePreference(readThemePreference());
