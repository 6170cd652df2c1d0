import { createFileRoute } from '@tanstack/react-router';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { configQuery } from '../features/shell/api/config-query.ts';
import { chartQuery } from '../features/charts/api/chart-query.ts';
import {
  ScreenViewChart,
  screenViewChartParams,
} from '../features/charts/components/screen-view-chart.tsx';
import { referencesQuery } from '../features/references/api/references-query.ts';

export const Route = createFileRoute('/p/$projectId/charts')({
  // Warm the cache without awaiting: each widget shows its own skeleton and error (architecture §6).
  loader: ({ context: { queryClient }, params: { projectId } }) => {
    void queryClient.prefetchQuery(chartQuery(projectId, screenViewChartParams));
    void queryClient.prefetchQuery(referencesQuery(projectId));
  },
  component: ChartsPage,
});

function ChartsPage() {
  const { projectId } = Route.useParams();
  const { data: config } = useSuspenseQuery(configQuery());
  const references = useQuery(referencesQuery(projectId));

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-bold tracking-tight">
        Charts
      </h1>
      <article className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
        <header className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-base font-semibold">Screen views · last 30 days</h2>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {references.isError
              ? 'Reference markers could not be loaded.'
              : `Times in ${config.timezone}`}
          </p>
        </header>
        <ScreenViewChart
          projectId={projectId}
          timeZone={config.timezone}
          references={references.data?.references ?? []}
        />
      </article>
    </section>
  );
}
