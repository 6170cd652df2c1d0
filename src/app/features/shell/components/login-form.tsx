import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../../api/api-fetch.ts';
import { loginRequestSchema } from '../../../../contract/bff-api.ts';
import type { LoginRequest } from '../../../../contract/bff-api.ts';

type FieldErrors = Partial<Record<keyof LoginRequest, string>>;

interface LoginFormProps {
  /** Performs the login; a rejected ApiError is shown on the form. */
  onSubmit: (input: LoginRequest) => Promise<void>;
}

function messageOf(error: unknown): { form: string; fields: FieldErrors } {
  if (!(error instanceof ApiError)) return { form: 'Could not sign in. Try again.', fields: {} };
  const fields: FieldErrors = {};
  const username = error.details?.['username']?.[0];
  const password = error.details?.['password']?.[0];
  if (username) fields.username = username;
  if (password) fields.password = password;
  if (error.status === 401) return { form: error.message || 'Wrong username or password.', fields };
  if (error.status === 429)
    return { form: 'Too many attempts. Wait a moment and try again.', fields };
  return { form: error.message, fields };
}

export function LoginForm({ onSubmit }: LoginFormProps) {
  const id = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = loginRequestSchema.safeParse({
      username: data.get('username'),
      password: data.get('password'),
    });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (key === 'username' || key === 'password') errors[key] ??= issue.message;
      }
      setFieldErrors(errors);
      setFormError(null);
      return;
    }
    setPending(true);
    setFieldErrors({});
    setFormError(null);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      const { form, fields } = messageOf(error);
      setFormError(form);
      setFieldErrors(fields);
      setPending(false);
    }
  };

  const input =
    'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-500 dark:border-slate-700 dark:bg-slate-950';

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
      {formError && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200"
        >
          {formError}
        </p>
      )}
      {(['username', 'password'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`${id}-${field}`} className="block text-sm font-medium">
            {field === 'username' ? 'Username' : 'Password'}
          </label>
          <input
            id={`${id}-${field}`}
            name={field}
            type={field === 'password' ? 'password' : 'text'}
            autoComplete={field === 'password' ? 'current-password' : 'username'}
            aria-invalid={fieldErrors[field] ? true : undefined}
            aria-describedby={fieldErrors[field] ? `${id}-${field}-error` : undefined}
            className={input}
          />
          {fieldErrors[field] && (
            <p id={`${id}-${field}-error`} className="mt-1 text-xs text-red-600 dark:text-red-400">
              {fieldErrors[field]}
            </p>
          )}
        </div>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700 disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
