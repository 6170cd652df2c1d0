import { createFileRoute } from '@tanstack/react-router';
import { ComingSoon } from '../features/shell/components/coming-soon.tsx';

export const Route = createFileRoute('/p/$projectId/events')({
  component: EventsPage,
});

function EventsPage() {
  return (
    <ComingSoon
      title="Events"
      icon="≡"
      description="Browse every tracked event in a paged table, filtered by name, date range and properties."
    />
  );
}
