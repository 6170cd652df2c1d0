import { createFileRoute } from '@tanstack/react-router';
import { ComingSoon } from '../features/shell/components/coming-soon.tsx';

export const Route = createFileRoute('/p/$projectId/references')({
  component: ReferencesPage,
});

function ReferencesPage() {
  return (
    <ComingSoon
      title="References"
      icon="⚑"
      description="Create, edit and re-time the markers (“Launch v2”, “Campaign start”) drawn on your charts."
    />
  );
}
