/** Shown at `/` when the configured OpenPanel client can see no project at all. */
export function NoProjects() {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center px-6 text-center">
      <h1 className="text-2xl font-bold">No projects yet</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The OpenPanel client this dashboard uses cannot see any project. Create a project in
        OpenPanel, or configure a client with access to one.
      </p>
    </main>
  );
}
