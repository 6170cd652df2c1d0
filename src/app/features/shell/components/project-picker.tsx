import { useId } from 'react';
import { useLocation, useNavigate } from '@tanstack/react-router';
import type { ProjectsResponse } from '../../../../contract/bff-api.ts';
import { sectionOfPath } from '../sections.ts';

interface ProjectPickerProps {
  projects: ProjectsResponse['projects'];
  currentProjectId: string;
}

/** Switches project and stays in the same section (charts stay charts). */
export function ProjectPicker({ projects, currentProjectId }: ProjectPickerProps) {
  const id = useId();
  const navigate = useNavigate();
  const pathname = useLocation({ select: (location) => location.pathname });
  const known = projects.some((project) => project.id === currentProjectId);

  return (
    <div className="flex min-w-0 items-center gap-2">
      <label
        htmlFor={id}
        className="sr-only sm:not-sr-only sm:text-sm sm:text-slate-500 sm:dark:text-slate-400"
      >
        Project
      </label>
      <select
        id={id}
        value={currentProjectId}
        onChange={(event) =>
          void navigate({
            to: sectionOfPath(pathname).to,
            params: { projectId: event.target.value },
          })
        }
        className="min-w-0 max-w-40 truncate sm:max-w-56 rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2 text-sm font-medium shadow-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {!known && <option value={currentProjectId}>{currentProjectId}</option>}
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
    </div>
  );
}
