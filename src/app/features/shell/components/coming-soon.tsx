import type { ReactNode } from 'react';

interface ComingSoonProps {
  title: string;
  description: string;
  icon: ReactNode;
}

/** The empty state of a section whose feature has not landed yet. */
export function ComingSoon({ title, description, icon }: ComingSoonProps) {
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-bold tracking-tight">
        {title}
      </h1>
      <div className="flex flex-col items-center rounded-2xl border-2 border-dashed border-slate-300 bg-white px-6 py-16 text-center dark:border-slate-700 dark:bg-slate-900">
        <div
          aria-hidden="true"
          className="flex size-14 items-center justify-center rounded-full bg-indigo-50 text-2xl text-indigo-600 dark:bg-indigo-950 dark:text-indigo-300"
        >
          {icon}
        </div>
        <h2 className="mt-4 text-lg font-semibold">{title} are coming soon</h2>
        <p className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">{description}</p>
      </div>
    </section>
  );
}
