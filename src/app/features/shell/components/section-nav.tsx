import { Link } from '@tanstack/react-router';
import { sections } from '../sections.ts';

/** The section tabs. `aria-current="page"` is set by Link on the active one. */
export function SectionNav({ projectId }: { projectId: string }) {
  return (
    <nav aria-label="Sections" className="-mb-px overflow-x-auto">
      <ul className="flex gap-1">
        {sections.map((section) => (
          <li key={section.id}>
            <Link
              to={section.to}
              params={{ projectId }}
              className="block border-b-2 border-transparent px-3 py-2.5 text-sm font-medium whitespace-nowrap text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-slate-100"
              activeProps={{
                className:
                  '!border-indigo-600 !text-indigo-700 dark:!border-indigo-400 dark:!text-indigo-300',
              }}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
