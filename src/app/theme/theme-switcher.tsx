import { useEffect, useState } from 'react';
import {
  applyThemePreference,
  readThemePreference,
  saveThemePreference,
  watchSystemTheme,
} from './theme-preference.ts';
import type { ThemePreference } from './theme-preference.ts';

const options: { value: ThemePreference; label: string; icon: string }[] = [
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
  { value: 'system', label: 'System', icon: '◐' },
];

/** A three-way segmented control (a radio group, so arrow keys and screen readers work natively). */
export function ThemeSwitcher() {
  const [preference, setPreference] = useState<ThemePreference>(readThemePreference);

  useEffect(() => {
    applyThemePreference(preference);
    if (preference !== 'system') return;
    return watchSystemTheme(() => applyThemePreference('system'));
  }, [preference]);

  const choose = (value: ThemePreference) => {
    saveThemePreference(value);
    setPreference(value);
  };

  return (
    <fieldset className="flex items-center rounded-lg border border-slate-200 p-0.5 dark:border-slate-700">
      <legend className="sr-only">Theme</legend>
      {options.map((option) => (
        <label
          key={option.value}
          title={option.label}
          className="relative cursor-pointer rounded-md px-2 py-1 text-sm text-slate-600 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 dark:text-slate-300 dark:has-[:checked]:bg-slate-100 dark:has-[:checked]:text-slate-900"
        >
          <input
            type="radio"
            name="theme"
            value={option.value}
            checked={preference === option.value}
            onChange={() => choose(option.value)}
            className="sr-only"
          />
          <span aria-hidden="true">{option.icon}</span>
          <span className="sr-only sm:not-sr-only sm:ml-1">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
