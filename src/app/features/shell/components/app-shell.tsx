import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type {
  ConfigResponse,
  ProjectsResponse,
  SessionResponse,
} from '../../../../contract/bff-api.ts';
import { ThemeSwitcher } from '../../../theme/theme-switcher.tsx';
import { LiveBadge } from '../../live/components/live-badge.tsx';
import { ShortcutsHelp } from '../../shortcuts/components/shortcuts-help.tsx';
import { ProjectPicker } from './project-picker.tsx';
import { SectionNav } from './section-nav.tsx';
import { UserMenu } from './user-menu.tsx';

interface AppShellProps {
  config: ConfigResponse;
  session: SessionResponse;
  projects: ProjectsResponse['projects'];
  projectId: string;
  children: ReactNode;
}

/** Header (brand, project picker, shortcuts help, theme, user), section tabs, and the page as <main>. */
export function AppShell({ config, session, projects, projectId, children }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center gap-3 sm:gap-4 px-4 pt-3 sm:px-6">
          <Link
            to="/"
            className="flex items-center gap-2 rounded text-base font-bold tracking-tight"
            aria-label="OpenPanel Dashboard, home"
          >
            <img src="/favicon.svg" alt="" className="size-6" />
            <span className="hidden sm:inline">OpenPanel Dashboard</span>
          </Link>
          <ProjectPicker projects={projects} currentProjectId={projectId} />
          {config.mode === 'demo' && (
            <span className="hidden rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800 dark:bg-amber-900/50 dark:text-amber-200 sm:inline">
              Demo data
            </span>
          )}
          <div className="ml-auto flex shrink-0 items-center gap-2">
            <LiveBadge projectId={projectId} />
            <ShortcutsHelp />
            <ThemeSwitcher />
            {config.auth === 'password' && <UserMenu session={session} />}
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pt-2 sm:px-6">
          <SectionNav projectId={projectId} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
