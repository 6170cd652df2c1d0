// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeSwitcher } from './theme-switcher.tsx';
import {
  THEME_STORAGE_KEY,
  applyThemePreference,
  readThemePreference,
} from './theme-preference.ts';

function stubSystemDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.className = '';
  vi.unstubAllGlobals();
});

describe('theme', () => {
  it('toggles the dark class on <html> and saves the choice', async () => {
    stubSystemDark(false);
    render(<ThemeSwitcher />);
    const html = document.documentElement;
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(html).not.toHaveClass('dark');

    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(html).toHaveClass('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await userEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(html).not.toHaveClass('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  });

  it('follows the system preference when set to system', async () => {
    stubSystemDark(true);
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    render(<ThemeSwitcher />);
    expect(document.documentElement).not.toHaveClass('dark');
    await userEvent.click(screen.getByRole('radio', { name: 'System' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('system');
  });

  it('reads a saved theme at boot and ignores garbage', () => {
    stubSystemDark(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    expect(readThemePreference()).toBe('dark');
    applyThemePreference(readThemePreference());
    expect(document.documentElement).toHaveClass('dark');

    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    expect(readThemePreference()).toBe('system');
  });
});
