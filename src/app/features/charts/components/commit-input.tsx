import type { InputHTMLAttributes } from 'react';

export const inputClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950';

type CommitInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'onBlur'
> & {
  value: string;
  onCommit: (value: string) => void;
};

/**
 * A text input that reports its value on blur or Enter only: the URL is the chart's state, and writing it
 * (and refetching the chart) on every keystroke would flood the history and the upstream rate limit.
 * Keyed on `value` so that a change from outside (back button, another control) resets the text.
 */
export function CommitInput({ value, onCommit, onKeyDown, className, ...rest }: CommitInputProps) {
  return (
    <input
      key={value}
      {...rest}
      defaultValue={value}
      onBlur={(event) => {
        if (event.target.value !== value) onCommit(event.target.value);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'Enter' && event.currentTarget.value !== value) {
          onCommit(event.currentTarget.value);
        }
      }}
      className={`${inputClass} ${className ?? ''}`}
    />
  );
}
