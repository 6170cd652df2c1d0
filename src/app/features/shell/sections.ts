/** The dashboard's sections, in tab order; each is a child route of `/p/$projectId`. */
export const sections = [
  { id: 'charts', label: 'Charts', to: '/p/$projectId/charts' },
  { id: 'funnels', label: 'Funnels', to: '/p/$projectId/funnels' },
  { id: 'events', label: 'Events', to: '/p/$projectId/events' },
  { id: 'references', label: 'References', to: '/p/$projectId/references' },
] as const;

export type Section = (typeof sections)[number];
export type SectionId = Section['id'];

/** The section a pathname is in (`/p/demo/events?x` → `events`), so a project switch can keep it. */
export function sectionOfPath(pathname: string): Section {
  const segment = pathname.split('/')[3];
  return sections.find((section) => section.id === segment) ?? sections[0];
}
