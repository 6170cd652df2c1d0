import { createFileRoute } from '@tanstack/react-router';
import { ComingSoon } from '../features/shell/components/coming-soon.tsx';

export const Route = createFileRoute('/p/$projectId/funnels')({
  component: FunnelsPage,
});

function FunnelsPage() {
  return (
    <ComingSoon
      title="Funnels"
      icon="▽"
      description="Build step-by-step funnels to see where visitors drop off, with conversion and drop-off for every step."
    />
  );
}
